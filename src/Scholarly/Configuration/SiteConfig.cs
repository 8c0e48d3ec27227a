namespace Scholarly.Configuration;

/// <summary>The site's settings, from <c>scholarly.yml</c> with command-line overrides applied.</summary>
/// <param name="SourceFile">The config file as shown in diagnostics.</param>
/// <param name="BaseUrl">Where the site is published, always ending in '/': feeds and canonical links start with it.</param>
/// <param name="ThemeLine">The line of the <c>theme:</c> key, for an unknown-theme error.</param>
/// <param name="Owner">The owner's name as it appears in author lists, highlighted there.</param>
/// <param name="AuthorsBeforeEtAl">How many authors a paper card shows before "et al."</param>
/// <param name="FeedLimit">How many papers the feed carries, newest first; 0 means all.</param>
/// <param name="RelativeLinks">
/// True (the default): links between pages are page-relative ("../../tags/x/"), so the output works from any
/// folder, subpath or file://. False: root-relative from base_url's path ("/REPO/tags/x/").
/// </param>
/// <param name="DisabledKinds">Outputs switched off (see <see cref="DisabledKinds"/>).</param>
/// <param name="Coauthors">Co-authors' homepages by name: their names link there in author lists.</param>
/// <param name="PreferComputedMetrics">Where a metric is both declared in the profile and computed from citation counts, show the computed value.</param>
/// <param name="CustomDomain">The custom domain GitHub Pages serves the site at (written to CNAME), or null.</param>
/// <param name="Params">The theme params the site sets under <c>params:</c>.</param>
/// <param name="BuildDate">The date the site says it was built, when pinned; otherwise SOURCE_DATE_EPOCH or today.</param>
public sealed record SiteConfig(
    string SourceFile,
    string Title,
    string? Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    int ThemeLine,
    string? Owner,
    int AuthorsBeforeEtAl,
    int FeedLimit,
    bool RelativeLinks,
    DateOnly? BuildDate,
    IReadOnlyList<ParamSetting> Params,
    IReadOnlySet<string>? DisabledKinds = null,
    IReadOnlyDictionary<string, string>? Coauthors = null,
    bool PreferComputedMetrics = false,
    string? CustomDomain = null)
{
    public const string FileName = Content.SiteLayout.ConfigFile;
    public const string DefaultTheme = "scholar";

    /// <summary>True unless <c>disable_kinds:</c> lists <paramref name="kind"/>.</summary>
    public bool Builds(string kind) => DisabledKinds?.Contains(kind) != true;
}
