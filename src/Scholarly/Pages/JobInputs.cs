namespace Scholarly.Pages;

/// <summary>
/// What one output is made from, so a rebuild can tell which outputs an edit touches. Every list is empty unless set.
/// </summary>
internal sealed record JobInputs
{
    /// <summary>Stands for every key: a template sees the whole config as <c>site.config</c>.</summary>
    public const string EveryKey = "*";

    /// <summary>Stands for every paper file.</summary>
    public const string EveryPaper = Content.SiteLayout.PapersFolder + "/";

    /// <summary>Stands for every free page's file.</summary>
    public const string EveryPage = Content.SiteLayout.PagesFolder + "/";

    /// <summary>What the navigation on every page is made from: the free pages' titles and whether each other section has content.</summary>
    public static readonly IReadOnlyList<string> Navigation =
    [
        EveryPage, Content.SiteLayout.NewsFolder + "/", Content.SiteLayout.TalksFolder + "/", Content.SiteLayout.TeachingFolder + "/",
        Content.SiteLayout.ProjectsFolder + "/", Content.SiteLayout.CvFile,
    ];

    /// <summary>
    /// Site files, relative to the site folder ('/'-separated); one ending in '/' stands for every file under that
    /// folder (<see cref="EveryPaper"/>).
    /// </summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Keys of scholarly.yml the output reads, or <see cref="EveryKey"/>.</summary>
    public IReadOnlyList<string> ConfigKeys { get; init; } = [];

    /// <summary>
    /// Layouts it renders through (<c>paper</c>), looked up in the site's layouts and then the theme chain, with every
    /// partial they include; empty for an output made without a template.
    /// </summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Files of the theme chain it copies, relative to a theme's folder (<c>assets/site.css</c>).</summary>
    public IReadOnlyList<string> ThemeFiles { get; init; } = [];
}
