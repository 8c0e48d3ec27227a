namespace Scholarly.Output;

/// <summary>
/// The pages a live server wants before the rest of a rebuild: those made from a file that changed (an edited paper's
/// own page, the pages of its tags and its year), each handed to <see cref="Ready"/> as soon as it is rendered. The
/// build then makes every other job and publishes them all together, as any build does; a page from a folder's worth
/// of files (the home page's list of every paper) comes with the rest.
/// </summary>
/// <param name="ChangedFiles">Site files changed since the last build, relative to the site folder ('/'-separated).</param>
/// <param name="Ready">Gets each such page's path in the output (<c>papers/p/index.html</c>) and its HTML, on a render thread.</param>
internal sealed record FirstPages(IReadOnlySet<string> ChangedFiles, Action<string, string> Ready)
{
    public bool Wants(OutputJob job) => job is PageOutput && job.Inputs.Files.Any(ChangedFiles.Contains);
}
