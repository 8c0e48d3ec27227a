using Scholarly.Text;

namespace Scholarly.Configuration;

/// <summary>The site's settings, from <c>scholarly.yml</c> with command-line overrides applied.</summary>
internal sealed record SiteConfig
{
    /// <summary>The config file as shown in diagnostics.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The site's title: the home page's, and every page's after its own.</summary>
    public required string Title { get; init; }

    /// <summary>What the site is, for search results and the feed; null for one made from the profile.</summary>
    public required string? Description { get; init; }

    /// <summary>Where the site is published, always ending in '/': feeds and canonical links start with it.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The language of the pages (<c>lang</c>), a BCP 47 tag: "en" unless set.</summary>
    public required string Language { get; init; }

    /// <summary>The theme's name: a folder in the site's themes/ or a built-in one.</summary>
    public required string Theme { get; init; }

    /// <summary>The line of the <c>theme:</c> key, for an unknown-theme error.</summary>
    public required int ThemeLine { get; init; }

    /// <summary>The owner's name as it appears in author lists, highlighted there.</summary>
    public required string? Owner { get; init; }

    /// <summary>Other spellings of the owner's name (<c>owner: [Lin Qu, L. Qu, 瞿林]</c>): matched like the name.</summary>
    public IReadOnlyList<string> OwnerAliases { get; init; } = [];

    /// <summary>Other people whose names author lists highlight (<c>highlight:</c>, lab members, say).</summary>
    public IReadOnlyList<string> Highlighted { get; init; } = [];

    /// <summary>The owner's name and every alias.</summary>
    public IReadOnlyList<string> OwnerNames => Owner is null ? [] : [Owner, .. OwnerAliases];

    /// <summary>How many authors a paper card shows before "et al."</summary>
    public required int AuthorsBeforeEtAl { get; init; }

    /// <summary>How many papers the feed carries, newest first; 0 means all.</summary>
    public required int FeedLimit { get; init; }

    /// <summary>How pages link to each other (<c>relative_links:</c>; page-relative unless it is false).</summary>
    public required LinkStyle Links { get; init; }

    /// <summary>The date the site says it was built, when pinned; otherwise SOURCE_DATE_EPOCH or today.</summary>
    public required DateOnly? BuildDate { get; init; }

    /// <summary>The theme params the site sets under <c>params:</c>.</summary>
    public required IReadOnlyList<ParamSetting> Params { get; init; }

    /// <summary>Outputs switched off (see <see cref="Configuration.DisabledKinds"/>).</summary>
    public IReadOnlySet<string> DisabledKinds { get; init; } = new HashSet<string>();

    /// <summary>Co-authors' homepages by name: their names link there in author lists.</summary>
    public IReadOnlyDictionary<string, string> Coauthors { get; init; } = new Dictionary<string, string>();

    /// <summary>Where a metric is both declared in the profile and computed from citation counts, show the computed value.</summary>
    public bool PreferComputedMetrics { get; init; }

    /// <summary>When each computed metric is shown, by its label (<see cref="ComputedMetrics"/>); missing ones are <see cref="MetricVisibility.Auto"/>.</summary>
    public IReadOnlyDictionary<string, MetricVisibility> ComputedMetricVisibility { get; init; } = new Dictionary<string, MetricVisibility>();

    /// <summary>How lists order the papers (<c>sort:</c>): newest first, or by each paper's <c>weight</c>.</summary>
    public PaperOrder Sort { get; init; } = PaperOrder.Date;

    /// <summary>The navigation as <c>menu:</c> sets it, in order; null for the default (the sections the site has).</summary>
    public IReadOnlyList<MenuSetting>? Menu { get; init; }

    /// <summary>The home page's sections and how many news items it shows (<c>home:</c>).</summary>
    public HomeSetting Home { get; init; } = HomeSetting.Default;

    /// <summary>The custom domain GitHub Pages serves the site at (written to CNAME), or null.</summary>
    public string? CustomDomain { get; init; }

    public const string FileName = Content.SiteLayout.ConfigFile;
    public const string DefaultTheme = "scholar";

    /// <summary>True unless <c>disable_kinds:</c> lists <paramref name="kind"/>.</summary>
    public bool Builds(string kind) => !DisabledKinds.Contains(kind);
}
