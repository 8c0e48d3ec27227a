using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>The assembled, immutable site: what every page is rendered from.</summary>
/// <param name="Papers">Published papers, newest first, ties broken by slug.</param>
/// <param name="Tags">Every tag in use, by name (case-insensitive, then ordinal).</param>
/// <param name="Years">Years that have papers, newest first.</param>
/// <param name="CitationKeys">Each paper's BibTeX key, unique across the site.</param>
/// <param name="Metrics">The profile's metrics merged with those computed from citation counts.</param>
/// <param name="Pages">The free pages, drafts dropped, in navigation order (weight, then title).</param>
/// <param name="Menu">The navigation every page shows, in order.</param>
/// <param name="ImageSizes">The pixel size of each image file the profile or a paper names, by its site path.</param>
/// <param name="BuildDate">The date the build counts as "today" (config, SOURCE_DATE_EPOCH, or the clock), fixed once per build.</param>
internal sealed record Site(
    SiteConfig Config,
    Profile Profile,
    IReadOnlyList<Paper> Papers,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<Year> Years,
    DateOnly BuildDate,
    IReadOnlyDictionary<Paper, string> CitationKeys,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<MenuItem> Menu,
    IReadOnlyDictionary<string, ImageSize> ImageSizes)
{
    /// <summary>News items, newest first (ties by slug), drafts dropped.</summary>
    public IReadOnlyList<NewsItem> News { get; init; } = [];

    /// <summary>Talks, newest first.</summary>
    public IReadOnlyList<Talk> Talks { get; init; } = [];

    /// <summary>Courses, newest first; those without a date after them, by title.</summary>
    public IReadOnlyList<Course> Teaching { get; init; } = [];

    /// <summary>Projects by weight, then title.</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>The CV, or null when the site has no cv.yml.</summary>
    public Cv? Cv { get; init; }

    /// <summary>The published papers each talk and project names, in the order it names them.</summary>
    public IReadOnlyDictionary<Entry, IReadOnlyList<Paper>> RelatedPapers { get; init; } = new Dictionary<Entry, IReadOnlyList<Paper>>();

    /// <summary>The talks and projects that name each paper, for the links back from its page.</summary>
    public IReadOnlyDictionary<Paper, IReadOnlyList<Entry>> RelatedEntries { get; init; } = new Dictionary<Paper, IReadOnlyList<Entry>>();

    /// <summary>The papers <paramref name="entry"/> (a talk, a project) names.</summary>
    public IReadOnlyList<Paper> PapersOf(Entry entry) => RelatedPapers.TryGetValue(entry, out var papers) ? papers : [];

    /// <summary>The talks or projects (<typeparamref name="T"/>) that name <paramref name="paper"/>.</summary>
    public IEnumerable<T> RelatedTo<T>(Paper paper)
        where T : Entry => RelatedEntries.TryGetValue(paper, out var entries) ? entries.OfType<T>() : [];

    /// <summary>How the site links to its own paths, from base_url and relative_links.</summary>
    public SiteLinks Links { get; } = new(Config.BaseUrl, Config.Links);

    private readonly Dictionary<string, Tag> _tagsBySlug = Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    /// <summary>
    /// The papers in the order lists show them (home, tag pages): pinned first, then newest first, or by weight
    /// with <c>sort: manual</c>. <see cref="Papers"/> stays newest first for feeds, years and the sitemap.
    /// </summary>
    public IReadOnlyList<Paper> Listed { get; } = PaperListOrder.Sort(Papers, Config.Sort);

    private Dictionary<Paper, int>? _listedRank;

    /// <summary><paramref name="papers"/> (a tag's, say) in the order lists show them.</summary>
    /// <remarks>The ranks are worked out on first use; two renders racing to it build the same table.</remarks>
    public IReadOnlyList<Paper> InListOrder(IEnumerable<Paper> papers)
    {
        var rank = _listedRank ??= RankOf(Listed);
        return [.. papers.OrderBy(p => rank[p])];
    }

    private static Dictionary<Paper, int> RankOf(IReadOnlyList<Paper> listed)
    {
        var rank = new Dictionary<Paper, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < listed.Count; i++)
        {
            rank[listed[i]] = i;
        }

        return rank;
    }

    /// <summary>The pixel size of the image file at site path <paramref name="url"/>, when the load phase read one.</summary>
    public ImageSize? ImageSizeOf(string url) => ImageSizes.TryGetValue(url, out var size) ? size : null;

    /// <summary>True when some published paper carries the tag with this slug (so its page exists).</summary>
    public bool HasTag(string slug) => _tagsBySlug.ContainsKey(slug);

    /// <summary>
    /// Each paper's tags, worked out once: pages, feeds and exports ask for them for every page the paper is on,
    /// and a paper is on a page per tag, so working them out per ask would be quadratic in its tags.
    /// </summary>
    private readonly Dictionary<Paper, IReadOnlyList<Tag>> _tagsOfPaper = TagsByPaper(Papers, Tags);

    /// <summary>The tags of <paramref name="paper"/>, in the order the paper lists them.</summary>
    public IReadOnlyList<Tag> TagsOf(Paper paper) => _tagsOfPaper[paper];

    private static Dictionary<Paper, IReadOnlyList<Tag>> TagsByPaper(IReadOnlyList<Paper> papers, IReadOnlyList<Tag> tags)
    {
        var bySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var byPaper = new Dictionary<Paper, IReadOnlyList<Tag>>(ReferenceEqualityComparer.Instance);
        foreach (var paper in papers)
        {
            byPaper[paper] = [.. paper.Tags.Select(Tag.SlugOf).Distinct(StringComparer.Ordinal).Select(slug => bySlug[slug])];
        }

        return byPaper;
    }
}
