namespace Scholarly.Content;

/// <summary>
/// The names of what a site folder holds: the one list the build reads from, the output guard protects, the
/// unread-entry warning compares against and <c>serve</c> watches.
/// </summary>
internal static class SiteLayout
{
    public const string ConfigFile = "scholarly.yml";
    public const string ProfileFile = "profile.md";
    public const string PapersFolder = "papers";

    /// <summary>Free pages: <c>pages/about.md</c> is the page <c>/about/</c>.</summary>
    public const string PagesFolder = "pages";

    /// <summary>News items, newest few on the home page, all on <c>/news/</c>.</summary>
    public const string NewsFolder = "news";

    /// <summary>Talks: <c>/talks/</c> and a page each.</summary>
    public const string TalksFolder = "talks";

    /// <summary>Courses taught: <c>/teaching/</c>.</summary>
    public const string TeachingFolder = "teaching";

    /// <summary>Research projects: <c>/projects/</c> and a page each.</summary>
    public const string ProjectsFolder = "projects";

    /// <summary>The CV's sections, in the shape of JSON Resume: <c>/cv/</c>.</summary>
    public const string CvFile = "cv.yml";
    public const string StaticFolder = "static";
    public const string LayoutsFolder = "layouts";

    /// <summary>A site's partials, in the folder of the name a theme uses (older sites keep them in layouts/partials/, still read).</summary>
    public const string PartialsFolder = "partials";
    public const string ThemesFolder = "themes";

    /// <summary>Where a site folder's build goes by default, inside it (as Hugo's <c>public/</c>); never read as content.</summary>
    public const string OutputFolder = "output";

    /// <summary>The file every output folder carries: Scholarly only ever replaces a folder that has it (or an empty one).</summary>
    public const string OutputMarkerFile = ".scholarly-output";

    /// <summary>The folder a repository keeps its site in when the site is not the repository itself (this repository's layout).</summary>
    public const string RepositorySiteFolder = "content";

    /// <summary>Every file and folder at the top of a site that the build reads.</summary>
    public static IReadOnlyList<string> ReadEntries { get; } = [ConfigFile, ProfileFile, CvFile, PapersFolder, PagesFolder, NewsFolder, TalksFolder, TeachingFolder, ProjectsFolder, StaticFolder, LayoutsFolder, PartialsFolder, ThemesFolder];

    /// <summary>
    /// How names in a site folder compare: exactly on Linux; ignoring case on macOS and Windows, whose file systems
    /// open <c>Papers/</c> for <c>papers/</c> (so it is read, and must be protected and watched as such).
    /// </summary>
    public static StringComparer NameComparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>True when <paramref name="name"/>, a top-level entry of a site, is one the build reads.</summary>
    public static bool IsRead(string name) => ReadEntries.Contains(name, NameComparer);
}
