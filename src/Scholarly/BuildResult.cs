using Scholarly.Diagnostics;

namespace Scholarly;

/// <summary>The outcome of a build: whether it wrote the site, every diagnostic, and what it wrote.</summary>
/// <param name="FilesChanged">Files written anew; a rebuild leaves files whose bytes did not change alone.</param>
/// <param name="Phases">How long each phase took, in order (for --verbose and for finding where time goes).</param>
/// <param name="PagesKept">Pages known to be unchanged since the last build (its page memo), kept without a render.</param>
/// <param name="FilesKept">Files, pages included, kept that way.</param>
internal sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    TimeSpan Elapsed,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases,
    int FilesChanged = 0,
    int PagesKept = 0,
    int FilesKept = 0)
{
    /// <summary>For a live server's build that succeeded, what makes the next edit's pages ahead of its rebuild; else null.</summary>
    public Output.PagePreview? Preview { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
