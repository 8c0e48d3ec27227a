namespace Scholarly;

/// <summary>What to build and how: the command line's options, with the defaults of <c>scholarly build</c>.</summary>
/// <param name="SourceDirectory">The site folder: scholarly.yml, profile.md, papers/, static/, layouts/, themes/.</param>
/// <param name="OutputDirectory">Where the site is written; replaced whole only when the build succeeds.</param>
/// <param name="Theme">Overrides the config's theme when set.</param>
/// <param name="BaseUrl">Overrides the config's base_url when set.</param>
/// <param name="IncludeDrafts">Builds papers marked <c>draft: true</c> too.</param>
/// <param name="Parallel">Loads, renders and writes on every core; off for debugging.</param>
/// <param name="BuiltInThemesDirectory">Where the themes that ship with the tool are; null: beside the executable.</param>
internal sealed record BuildOptions(
    string SourceDirectory = "content",
    string OutputDirectory = "output",
    string? Theme = null,
    string? BaseUrl = null,
    bool IncludeDrafts = false,
    bool Parallel = true,
    string? BuiltInThemesDirectory = null)
{
    /// <summary>
    /// How long one page may take to render before it is stopped and reported: a backstop for what the loop budget
    /// does not bound, so no template hangs a build. Tests shorten it.
    /// </summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Reads and keeps what a build may reuse beside the site (<c>.scholarly-cache/</c>: typeset formulas, parsed
    /// papers); off (<c>build --no-cache</c>), every file is read and typeset anew and nothing is written there.
    /// </summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Papers read by this process's earlier builds of the site (<c>serve</c>): only changed files are read again.</summary>
    public Content.PaperReadCache? Papers { get; init; }

    /// <summary>Pages a live server wants first, made from the files that changed (<c>serve</c>), or null.</summary>
    public Output.FirstPages? First { get; init; }

    /// <summary>
    /// Stops the build where it is (<c>serve</c>, when a newer change makes it obsolete): nothing is published, and
    /// <see cref="SiteBuilder.Build"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>The themes folder shipped beside the executable (copied there by the build).</summary>
    public static string DefaultThemesDirectory => Path.Combine(AppContext.BaseDirectory, "themes");
}
