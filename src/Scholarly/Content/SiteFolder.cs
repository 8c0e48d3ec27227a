namespace Scholarly.Content;

/// <summary>
/// The site a command works on, found the same way by every command: the folder given, else the current folder when it
/// holds <c>scholarly.yml</c>, else <c>./content</c> (a repository that keeps its site there, as this one does).
/// </summary>
/// <param name="Directory">The site folder, as a full path.</param>
/// <param name="Origin">How it was found; it decides the default output folder and whether a command names the folder it chose.</param>
internal sealed record SiteFolder(string Directory, SiteFolderOrigin Origin)
{
    /// <summary>
    /// Where <c>build</c> writes when no <c>--output</c> is given: <c>output/</c> inside a site folder, or beside
    /// <c>content/</c> in the repository layout, where the repository's root is the project.
    /// </summary>
    public string DefaultOutput => Origin == SiteFolderOrigin.RepositoryLayout
        ? Path.Combine(Path.GetDirectoryName(Directory)!, SiteLayout.OutputFolder)
        : Path.Combine(Directory, SiteLayout.OutputFolder);

    /// <summary>
    /// Finds the site for <paramref name="given"/> (a <c>--source</c> value, or null) from <paramref name="currentDirectory"/>.
    /// A given folder is taken as it is (the build reports what is wrong with it); otherwise null when no site is found,
    /// with <paramref name="problem"/> saying so (and where the site is when it is a folder above).
    /// </summary>
    public static SiteFolder? Find(string? given, string currentDirectory, out string? problem)
    {
        problem = null;
        if (given is not null)
        {
            // A folder named content/ whose parent is no site is the repository layout however it is reached, so
            // `build --source content` writes where `build` does, and check and publish find it there.
            var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given, currentDirectory));
            var parent = Path.GetDirectoryName(directory);
            var repository = Path.GetFileName(directory) == SiteLayout.RepositorySiteFolder && parent is not null && !File.Exists(Path.Combine(parent, SiteLayout.ConfigFile));
            return new SiteFolder(directory, repository ? SiteFolderOrigin.RepositoryLayout : SiteFolderOrigin.Given);
        }

        if (File.Exists(Path.Combine(currentDirectory, SiteLayout.ConfigFile)))
        {
            return new SiteFolder(Path.GetFullPath(currentDirectory), SiteFolderOrigin.CurrentFolder);
        }

        var content = Path.Combine(currentDirectory, SiteLayout.RepositorySiteFolder);
        if (File.Exists(Path.Combine(content, SiteLayout.ConfigFile)))
        {
            return new SiteFolder(Path.GetFullPath(content), SiteFolderOrigin.RepositoryLayout);
        }

        problem = $"no site here: neither this folder nor {SiteLayout.RepositorySiteFolder}/ holds a {SiteLayout.ConfigFile}" +
            (EnclosingSite(currentDirectory) is { } above ? $" (the site is {above}: run this there)" : "");
        return null;
    }

    /// <summary>"..", "../.." when a folder above holds scholarly.yml (a command run from papers/, say); else null.</summary>
    private static string? EnclosingSite(string currentDirectory)
    {
        var folder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory)));
        for (var up = 1; folder is not null && up <= 3; up++, folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, SiteLayout.ConfigFile)))
            {
                return string.Join('/', Enumerable.Repeat("..", up));
            }
        }

        return null;
    }

    /// <summary>The folder as a person would type it from <paramref name="currentDirectory"/>: "content", "../site", "." .</summary>
    public string Display(string currentDirectory) => DisplayPath(Directory, currentDirectory);

    /// <summary><paramref name="path"/> relative to <paramref name="currentDirectory"/> when it lies below it, else in full.</summary>
    public static string DisplayPath(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}

/// <summary>How a command found its site folder.</summary>
internal enum SiteFolderOrigin
{
    /// <summary>Named on the command line (a folder named <c>content</c> counts as <see cref="RepositoryLayout"/>).</summary>
    Given,

    /// <summary>The current folder holds <c>scholarly.yml</c>.</summary>
    CurrentFolder,

    /// <summary><c>./content</c>, the repository layout.</summary>
    RepositoryLayout,
}
