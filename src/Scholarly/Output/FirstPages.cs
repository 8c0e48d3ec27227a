using Scholarly.Pages;

namespace Scholarly.Output;

/// <summary>
/// The pages a live server wants before the rest of a rebuild: those made from a file that changed (an edited paper's
/// own page, the pages of its tags and its year) and those made from the whole folder it is in (the home page's list of
/// every paper), each handed to <see cref="Ready"/> as soon as it is rendered. The build then makes every other job and
/// publishes them all together, as any build does. The navigation's folders do not count: every page shows whether
/// news exist, and an edited news item would otherwise put the whole site first.
/// </summary>
/// <param name="ChangedFiles">Site files changed since the last build, relative to the site folder ('/'-separated).</param>
/// <param name="Ready">Gets each such page's path in the output (<c>papers/p/index.html</c>) and its HTML, on a render thread.</param>
internal sealed record FirstPages(IReadOnlySet<string> ChangedFiles, Action<string, string> Ready)
{
    /// <summary>The folders the changed files are in, as inputs name them ("papers/"), but the navigation's.</summary>
    private readonly HashSet<string> _changedFolders = [.. ChangedFiles
        .SelectMany(FoldersOf)
        .Where(folder => !JobInputs.Navigation.Contains(folder))];

    public bool Wants(OutputJob job) =>
        job is PageOutput && job.Inputs.Files.Any(file => ChangedFiles.Contains(file) || _changedFolders.Contains(file));

    /// <summary>Whether <paramref name="job"/> is made from a whole folder of files that changed, so comes after the pages of single files.</summary>
    public bool FromWholeFolder(OutputJob job) => job.Inputs.Files.Any(_changedFolders.Contains);

    /// <summary>"papers/a/b.md" → "papers/", "papers/a/".</summary>
    private static IEnumerable<string> FoldersOf(string file)
    {
        for (var slash = file.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = file.IndexOf('/', slash + 1))
        {
            yield return file[..(slash + 1)];
        }
    }
}
