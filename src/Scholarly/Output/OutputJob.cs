using Scholarly.Pages;
using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>
/// One output of the site, as the plan holds it: the file it becomes (relative to the output folder), what it is
/// made from, and, by its type, how it is made. Nothing is rendered until the write phase runs the job.
/// </summary>
internal abstract record OutputJob(string Path, JobInputs Inputs);

/// <summary>A page rendered through its layout.</summary>
internal sealed record PageOutput(SitePage Page, JobInputs Inputs) : OutputJob(UrlPath.FileOf(Page.Path), Inputs);

/// <summary>A text file made without a template (a feed, a citation export, the sitemap): <see cref="Make"/> makes its UTF-8 bytes.</summary>
/// <param name="Basis">
/// For a file made from named paper files alone, what else its text depends on (a citation key, unique across the
/// site), so that a build can keep it while those files' bytes, this and what every page depends on are the same
/// (<see cref="PageMemo"/>); null: it is made by every build.
/// </param>
internal sealed record GeneratedOutput(string Path, JobInputs Inputs, Func<Utf8Text> Make, Func<string>? Basis = null) : OutputJob(Path, Inputs)
{
    /// <summary>A file made as a string (small ones: a citation, robots.txt), encoded when it is made.</summary>
    public static GeneratedOutput Text(string path, JobInputs inputs, Func<string> make, Func<string>? basis = null) =>
        new(path, inputs, () => Utf8Text.Encode(make()), basis);
}

/// <summary>A file copied as it is: a theme asset or a file of the site's static/ folder.</summary>
internal sealed record CopyOutput(CopiedOutputFile File, JobInputs Inputs) : OutputJob(File.Path, Inputs);
