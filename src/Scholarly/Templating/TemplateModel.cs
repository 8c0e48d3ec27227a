using System.Globalization;
using Scholarly.Citation;
using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Model;
using Scholarly.Search;
using Scholarly.Text;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// The objects templates see, built once per build in this one place, with snake_case names (documented in docs/themes.md).
/// Every object is read-only: renders share them across threads, and a template that assigns to one gets an error.
/// </summary>
internal sealed class TemplateModel
{
    /// <summary>The prefixes of the read keys (<see cref="ITrackedRead"/>): what a page read, named the same in every build.</summary>
    public const string SiteKey = "site", ProfileKey = "profile", SitePapersKey = "site-papers", SiteFeaturedKey = "site-featured",
        PaperKey = "paper:", TagKey = "tag:", TagPapersKey = "tag-papers:", YearKey = "year:", YearPapersKey = "year-papers:";

    private const string PapersMember = "papers", FeaturedMember = "featured";

    private readonly Dictionary<Paper, Lazy<ScriptObject>> _papers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Paper> _papersByFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LazyScriptObject> _tags = new(StringComparer.Ordinal);
    private readonly bool _parallel;
    private readonly Dictionary<int, ScriptObject> _years = [];

    /// <summary>
    /// The author objects made so far, one per name, role and marks: a co-author is on many papers, and one object per
    /// listing (a full and a short list per paper) was the largest part of the model, 117,000 objects and about 55 MB
    /// of the heap at 10,000 papers. They are read-only, so every paper that lists the name shares one.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<AuthorKey, ScriptObject> _authors = new();

    private readonly record struct AuthorKey(string Name, bool IsOwner, bool IsGap, AuthorMark? Mark);

    /// <summary>The owner's names and the names to highlight, read once for every paper's author list.</summary>
    private readonly PersonNames _owner;
    private readonly PersonNames _highlighted;

    /// <param name="yearPages">Whether the site has year pages (the config asks for them and the theme has their layout): a year's <c>url</c> is null without.</param>
    /// <param name="parallel">Whether the papers' objects are made on every core (off with the build's --no-parallel).</param>
    public TemplateModel(Site site, ScriptObject themeParams, bool yearPages = true, bool parallel = true)
    {
        _owner = new PersonNames(site.Config.OwnerNames);
        _highlighted = new PersonNames(site.Config.Highlighted);
        var config = site.Config;
        foreach (var tag in site.Tags)
        {
            _tags[tag.Slug] = new LazyScriptObject
            {
                ReadKey = TagKey + tag.Slug,
                ["name"] = tag.Name,
                ["description"] = ArxivCategory.NameOf(tag.Name),
                ["slug"] = tag.Slug,
                ["url"] = UrlPath.Tag(tag.Slug),
                ["count"] = tag.Papers.Count,
            };
        }

        // Each paper's object is the largest part of the model (a tenth of a second per thousand papers) and is made
        // when first read, so a live server's first page waits for its own paper's alone; MakePapers makes them
        // on every core. The lists of papers read them, so they too are made when first read.
        foreach (var paper in site.Papers)
        {
            _papers[paper] = new Lazy<ScriptObject>(() => PaperObject(paper, site), LazyThreadSafetyMode.ExecutionAndPublication);
            _papersByFile[paper.SourceFile] = paper;
        }

        _parallel = parallel;
        foreach (var tag in site.Tags)
        {
            var tagObject = _tags[tag.Slug];
            tagObject.SetLazy(PapersMember, () => PaperList(site.InListOrder(tag.Papers), TagPapersKey + tag.Slug));
            tagObject.IsReadOnly = true;
        }

        foreach (var year in site.Years)
        {
            var yearObject = new LazyScriptObject
            {
                ReadKey = YearKey + year.Number.ToString(CultureInfo.InvariantCulture),
                ["year"] = year.Number,
                ["url"] = yearPages ? UrlPath.Year(year.Number) : null,
                ["count"] = year.Papers.Count,
            };
            yearObject.SetLazy(PapersMember, () => PaperList(year.Papers, YearPapersKey + year.Number.ToString(CultureInfo.InvariantCulture)));
            _years[year.Number] = ReadOnly(yearObject);
        }

        Entries = new EntryObjects(site, PaperOf);
        Profile = ProfileObject(site.Profile, site.Metrics);
        var siteObject = new LazyScriptObject
        {
            ReadKey = SiteKey,
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl.AbsoluteUri,
            ["language"] = config.Language,
            ["owner"] = config.Owner,
            ["theme"] = config.Theme,
            ["build_date"] = site.BuildDate.ToDateTime(TimeOnly.MinValue),
            ["tags"] = ReadOnlyArray(site.Tags.Select(t => _tags[t.Slug])),
            ["years"] = ReadOnlyArray(site.Years.Select(YearOf)),
            ["feed_url"] = "feed.xml",
            ["publication_kinds"] = ReadOnlyArray(PublicationKind.GroupsOf(site.Papers)
                .Select(kind => ReadOnly(new ScriptObject { ["name"] = kind.Key, ["count"] = kind.Count() }))),
            ["search_index"] = config.Builds(DisabledKinds.Search) ? SearchIndex.Manifest : null,
            ["params"] = themeParams,
            ["pages"] = ReadOnlyArray(site.Pages.Select(PageObject)),
            ["news"] = Entries.News,
            ["news_recent"] = ReadOnlyArray(site.News.Take(config.Home.NewsItems).Select(Entries.Of)),
            ["talks"] = Entries.Talks,
            ["talk_years"] = Entries.TalkYears(),
            ["teaching"] = Entries.Teaching,
            ["projects"] = Entries.Projects,
            ["cv"] = Entries.Cv(),
            ["home_sections"] = ReadOnlyArray(config.Home.Sections),
        };
        siteObject.SetLazy(PapersMember, () => PaperList(site.Listed, SitePapersKey));
        siteObject.SetLazy(FeaturedMember, () => PaperList(site.Listed.Where(p => p.Featured), SiteFeaturedKey));
        SiteObject = ReadOnly(siteObject);
    }

    /// <summary>
    /// Makes the objects of <paramref name="papers"/> not yet made, on every core (unless the build is not parallel): a
    /// build makes every paper's before its pages, or a page's before the pages a live server wants first, so no page
    /// makes a long list of them on one thread.
    /// </summary>
    public void MakePapers(IEnumerable<Paper> papers, CancellationToken cancel = default)
    {
        var unmade = papers.Select(paper => _papers[paper]).Where(paper => !paper.IsValueCreated).ToList();
        Parallel.ForEach(unmade, new ParallelOptions { MaxDegreeOfParallelism = _parallel ? Environment.ProcessorCount : 1, CancellationToken = cancel }, paper => _ = paper.Value);
    }

    /// <summary>The objects of news, talks, courses, projects and the CV.</summary>
    public EntryObjects Entries { get; }

    /// <summary><c>site</c>: config values, every paper, tag and year.</summary>
    public ScriptObject SiteObject { get; }

    /// <summary><c>profile</c>: the researcher.</summary>
    public ScriptObject Profile { get; }

    public ScriptObject PaperOf(Paper paper) => _papers[paper].Value;

    /// <summary>
    /// The object or list <paramref name="readKey"/> names in this build (see <see cref="ITrackedRead"/>), or null when
    /// the site has none by that key any more (a paper removed, a tag no paper has).
    /// </summary>
    public ITrackedRead? Tracked(string readKey)
    {
        var colon = readKey.IndexOf(':', StringComparison.Ordinal);
        var (kind, name) = colon < 0 ? (readKey, "") : (readKey[..(colon + 1)], readKey[(colon + 1)..]);
        return kind switch
        {
            SiteKey => (ITrackedRead)SiteObject,
            ProfileKey => (ITrackedRead)Profile,
            SitePapersKey => ListOf(SiteObject, PapersMember),
            SiteFeaturedKey => ListOf(SiteObject, FeaturedMember),
            PaperKey => _papersByFile.TryGetValue(name, out var paper) ? (ITrackedRead)PaperOf(paper) : null,
            TagKey => _tags.GetValueOrDefault(name),
            TagPapersKey => _tags.TryGetValue(name, out var tag) ? ListOf(tag, PapersMember) : null,
            YearKey => YearNamed(name),
            YearPapersKey => YearNamed(name) is { } year ? ListOf(year, PapersMember) : null,
            _ => null,
        };
    }

    private LazyScriptObject? YearNamed(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && _years.TryGetValue(year, out var found) ? (LazyScriptObject)found : null;

    private static ITrackedRead? ListOf(ScriptObject owner, string member) =>
        ((LazyScriptObject)owner).TryGetUnrecorded(member, out var list) ? list as ITrackedRead : null;

    public ScriptObject TagOf(Tag tag) => _tags[tag.Slug];

    /// <summary>A year's template object (<c>year</c>, <c>url</c> of its page, <c>count</c>, <c>papers</c>), made once per year.</summary>
    public ScriptObject YearOf(Year year) => _years[year.Number];

    /// <summary>A free page: <c>name</c>, <c>title</c>, <c>url</c>, <c>body</c> (HTML), <c>source_file</c>.</summary>
    public static ScriptObject PageObject(ContentPage page) => ReadOnly(new ScriptObject
    {
        ["name"] = page.Name,
        ["title"] = page.Title,
        ["url"] = page.Name + "/",
        ["body"] = new Html(page.BodyHtml),
        ["source_file"] = page.SourceFile,
    });

    private ScriptObject PaperObject(Paper paper, Site site)
    {
        var config = site.Config;
        var ownerIndex = _owner.IndexIn(paper.Authors);
        var (shortList, shortEtAl) = AuthorLine.Shorten(paper.Authors, paper.EtAl, ownerIndex, config.AuthorsBeforeEtAl);
        var code = paper.Links.FirstOrDefault(l => l.Kind == "code");
        var key = site.CitationKeys[paper];
        var pageUrl = config.BaseUrl.AbsoluteUri + UrlPath.Paper(paper.Slug);
        // mark: the full list's marks (is_equal, is_corresponding); the short list has none.
        ScriptObject Author(string name, bool isOwner, bool isGap, AuthorMark? mark = null) =>
            _authors.GetOrAdd(new AuthorKey(name, isOwner, isGap, mark), key =>
                AuthorObject(key.Name, key.IsOwner, !key.IsGap && !key.IsOwner && _highlighted.Match(key.Name), key.IsGap, config.Coauthors, key.Mark));
        var lazy = new LazyScriptObject
        {
            ReadKey = PaperKey + paper.SourceFile,
            ["title"] = paper.TitleText,
            ["title_html"] = new Html(paper.TitleHtml),
            ["slug"] = paper.Slug,
            ["url"] = UrlPath.Paper(paper.Slug),
            ["date"] = paper.Date.ToDateTime(TimeOnly.MinValue),
            ["date_iso"] = DateText.Iso(paper.Date),
            ["date_text"] = DateText.Display(paper.Date, site.BuildDate.Year, paper.DatePrecision),
            ["date_full"] = DateText.Full(paper.Date, paper.DatePrecision),
            ["date_in_year"] = DateText.WithinYear(paper.Date, paper.DatePrecision),
            ["year"] = paper.Date.Year,
            ["authors"] = ReadOnlyArray(paper.Authors.Select((name, i) => Author(name, i == ownerIndex, false, MarkOf(paper, i)))),
            ["has_equal_contribution"] = paper.AuthorMarks.Any(m => m.HasFlag(AuthorMark.Equal)),
            ["has_corresponding_author"] = paper.AuthorMarks.Any(m => m.HasFlag(AuthorMark.Corresponding)),
            ["et_al"] = paper.EtAl,
            ["authors_short"] = ReadOnlyArray(shortList.Select(a => Author(a.Name, a.IsOwner, a.IsGap))),
            ["authors_short_et_al"] = shortEtAl,
            ["tags"] = ReadOnlyArray(site.TagsOf(paper).Select(t => _tags[t.Slug])),
            ["category"] = paper.Category,
            ["category_url"] = paper.Category is { } cat && site.HasTag(Tag.SlugOf(cat)) ? UrlPath.Tag(Tag.SlugOf(cat)) : null,
            ["category_name"] = paper.Category is null ? null : ArxivCategory.NameOf(paper.Category),
            ["category_short"] = paper.Category is { } c && c.Contains('.') ? c[(c.IndexOf('.') + 1)..] : paper.Category,
            ["venue"] = paper.Venue,
            ["venue_short"] = paper.VenueShort,
            ["publication_kind"] = PublicationKind.Of(paper),
            ["links"] = ReadOnlyArray(paper.Links.Select(LinkObject)),
            ["code_url"] = code?.Url,
            ["citations"] = paper.Citations,
            ["featured"] = paper.Featured,
            ["draft"] = paper.Draft,
            ["abstract"] = new Html(paper.AbstractHtml),
            ["has_abstract"] = paper.AbstractHtml.Length > 0,
            ["notes"] = new Html(paper.NotesHtml),
            ["has_notes"] = paper.NotesHtml.Length > 0,
            ["source_file"] = paper.SourceFile,
            ["badges"] = ReadOnlyArray(paper.Badges),
            ["image"] = paper.Image is { } image ? ImageObject(image, site) : null,
            ["citation_key"] = key,
            ["cite"] = config.Builds(DisabledKinds.Citations)
                ? ReadOnly(new ScriptObject
                {
                    ["bib"] = UrlPath.Paper(paper.Slug) + "cite.bib",
                    ["ris"] = UrlPath.Paper(paper.Slug) + "cite.ris",
                    ["json"] = UrlPath.Paper(paper.Slug) + "cite.json",
                })
                : null,
        };
        var bibtex = new Lazy<string>(() => BibtexWriter.Entry(paper, key, pageUrl));
        lazy.SetLazy("bibtex", () => bibtex.Value);

        // The talks and projects that name the paper, for links back; Entries is made after every paper, before any render.
        lazy.SetLazy("talks", () => Entries.RelatedTo<Talk>(paper));
        lazy.SetLazy("projects", () => Entries.RelatedTo<Project>(paper));

        // One item per line, so a theme can wrap a long field under its own indent; blank lines are kept.
        lazy.SetLazy("bibtex_lines", () => ReadOnlyArray(bibtex.Value.TrimEnd('\n').Split('\n')));
        lazy.SetLazy("scholar_meta", () => ReadOnlyArray(ScholarMeta.Tags(paper, config.BaseUrl.AbsoluteUri).Select(m => ReadOnly(new ScriptObject { ["name"] = m.Name, ["content"] = m.Content }))));
        return ReadOnly(lazy);
    }

    private static ScriptObject ProfileObject(Profile profile, IReadOnlyList<Metric> metrics) => ReadOnly(new LazyScriptObject
    {
        ReadKey = ProfileKey,
        ["name"] = profile.Name,
        ["initials"] = Initials(profile.Name),
        ["affiliation"] = profile.Affiliation,
        ["position"] = profile.Position,
        ["photo"] = profile.Photo,
        ["email"] = profile.Email,
        ["links"] = ReadOnlyArray(profile.Links.Select(LinkObject)),
        ["metrics"] = ReadOnlyArray(metrics.Select(m => ReadOnly(new ScriptObject { ["label"] = m.Label, ["value"] = m.Value }))),
        ["bio"] = new Html(profile.BioHtml),
        ["has_bio"] = profile.BioHtml.Length > 0,
    });

    private ReadOnlyScriptArray PaperList(IEnumerable<Paper> papers, string readKey) => new(papers.Select(PaperOf)) { ReadKey = readKey };

    /// <summary>
    /// An author entry; <c>url</c> is the co-author's homepage when the config maps the name to one. In a full list
    /// (<paramref name="mark"/> given) also its marks: <c>is_equal</c> (*), <c>is_corresponding</c> (†).
    /// </summary>
    private static ScriptObject AuthorObject(string name, bool isOwner, bool isHighlighted, bool isGap, IReadOnlyDictionary<string, string>? coauthors, AuthorMark? mark)
    {
        var author = new ScriptObject
        {
            ["name"] = name,
            ["is_owner"] = isOwner,
            ["is_highlighted"] = isHighlighted,
            ["is_gap"] = isGap,
            ["url"] = !isGap && coauthors is not null && coauthors.TryGetValue(AuthorName.Key(name), out var url) ? url : null,
        };
        if (mark is { } marks)
        {
            author["is_equal"] = marks.HasFlag(AuthorMark.Equal);
            author["is_corresponding"] = marks.HasFlag(AuthorMark.Corresponding);
        }

        return ReadOnly(author);
    }

    private static AuthorMark MarkOf(Paper paper, int index) => index < paper.AuthorMarks.Count ? paper.AuthorMarks[index] : AuthorMark.None;

    /// <summary>A figure of the site's (a paper's, a project's): <c>{ url, alt, width, height }</c>, the size when the file's is known.</summary>
    internal static ScriptObject ImageObject(SiteImage image, Site site) => ReadOnly(new ScriptObject
    {
        ["url"] = image.Url,
        ["alt"] = image.Alt,
        ["width"] = site.ImageSizeOf(image.Url)?.Width,
        ["height"] = site.ImageSizeOf(image.Url)?.Height,
    });

    internal static ScriptObject LinkObject(Link link) => ReadOnly(new ScriptObject
    {
        ["kind"] = link.Kind,
        ["label"] = link.Label,
        ["url"] = link.Url,
        ["is_external"] = link.IsExternal,
    });

    /// <summary>Up to two initials for an avatar when the profile has no photo: "Lin Qu" → "LQ".</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).Take(2));

    internal static ScriptObject ReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }

    internal static ReadOnlyScriptArray ReadOnlyArray(IEnumerable<object> items) => new ReadOnlyScriptArray(items);
}
