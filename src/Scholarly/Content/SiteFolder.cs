namespace Scholarly.Content;

/// <summary>
/// The site a command works on, found the same way by every command: the folder given, else the current folder when it
/// holds <c>scholarly.yml</c>, else <c>./content</c> (a repository that keeps its site there, as this one does).
/// </summary>
/// <param name="Directory">The site folder, as a full path.</param>
/// <param name="Origin">How it was found; it decides the default output folder and whether a command names the folder it chose.</param>
public sealed record SiteFolder(string Directory, SiteFolderOrigin Origin)
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
    /// with <paramref name="problem"/> saying what to do.
    /// </summary>
    public static SiteFolder? Find(string? given, string currentDirectory, out string? problem)
    {
        problem = null;
        if (given is not null)
        {
            return new SiteFolder(Path.GetFullPath(given, currentDirectory), SiteFolderOrigin.Given);
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

        problem = $"no site here: neither this folder nor {SiteLayout.RepositorySiteFolder}/ holds a {SiteLayout.ConfigFile}; " +
            "run this in a site folder, name one with --source DIR, or make one with 'scholarly new my-site'";
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
public enum SiteFolderOrigin
{
    /// <summary>Named on the command line.</summary>
    Given,

    /// <summary>The current folder holds <c>scholarly.yml</c>.</summary>
    CurrentFolder,

    /// <summary><c>./content</c>, the repository layout.</summary>
    RepositoryLayout,
}
