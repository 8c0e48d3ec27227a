using Scholarly.Diagnostics;

namespace Scholarly;

/// <summary>The outcome of a build: whether it wrote the site, every diagnostic, and what it wrote.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
