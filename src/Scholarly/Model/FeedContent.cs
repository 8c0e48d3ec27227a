using Scholarly.Content;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>What one feed carries (the site's papers, one tag's, or the news), its title, and where it and its page live.</summary>
/// <param name="Path">The feed's own path from the site root without its extension: "feed", "tags/cs.cv/feed", "news/feed".</param>
/// <param name="PagePath">The page the feed follows: "" (home), "tags/cs.cv/", "news/".</param>
/// <param name="Entries">Newest first.</param>
/// <param name="Files">The site files it is made from, for a rebuild (a folder ends in '/').</param>
internal sealed record FeedContent(string Title, string Description, string Path, string PagePath, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<string> Files)
{
    /// <summary>
    /// At most this many categories per entry: a paper is in the feed of each of its tags, so a paper with
    /// thousands of tags would otherwise put thousands of categories in thousands of feeds.
    /// </summary>
    public const int MaxCategories = 20;

    /// <summary>At most this many authors per entry ("et al." after them), for the same reason.</summary>
    public const int MaxAuthors = 100;

    /// <summary>The feeds a page advertises and the site writes: the site's, one per tag unless switched off, and the news when there is any.</summary>
    public static IReadOnlyList<FeedContent> Of(Site site)
    {
        var owner = site.Profile.Name;
        var entries = new Dictionary<Paper, FeedEntry>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<FeedEntry> EntriesOf(IReadOnlyList<Paper> papers) => [.. papers.Select(p => entries.TryGetValue(p, out var e) ? e : entries[p] = EntryOf(site, p))];

        var feeds = new List<FeedContent>
        {
            new(site.Config.Title, site.Config.Description ?? $"Publications of {owner}", "feed", UrlPath.Home, EntriesOf(site.Papers), [SiteLayout.ProfileFile, SiteLayout.PapersFolder + "/"]),
        };
        if (site.Config.Builds(Configuration.DisabledKinds.TagFeeds))
        {
            feeds.AddRange(site.Tags.Select(t => new FeedContent(
                $"{site.Config.Title}: {t.Name}", $"Publications of {owner} on {t.Name}", UrlPath.Tag(t.Slug) + "feed", UrlPath.Tag(t.Slug), EntriesOf(t.Papers), [SiteLayout.ProfileFile, .. t.Papers.Select(p => p.SourceFile)])));
        }

        if (site.News.Count > 0)
        {
            feeds.Add(new FeedContent(
                $"{site.Config.Title}: News", $"News from {owner}", UrlPath.News + "feed", UrlPath.News,
                [.. site.News.Select(n => new FeedEntry(n.TitleText, UrlPath.NewsItem(n.Slug), n.Date, [owner], false, [], n.BodyHtml.Length > 0 ? n.BodyHtml : n.TitleHtml))],
                [SiteLayout.ProfileFile, SiteLayout.NewsFolder + "/"]));
        }

        return feeds;
    }

    /// <summary>A paper as a feed entry: its first <see cref="MaxCategories"/> tags, at most <see cref="MaxAuthors"/> authors.</summary>
    private static FeedEntry EntryOf(Site site, Paper paper) => new(
        paper.TitleText,
        UrlPath.Paper(paper.Slug),
        paper.Date,
        paper.Authors.Count <= MaxAuthors ? paper.Authors : [.. paper.Authors.Take(MaxAuthors)],
        paper.EtAl || paper.Authors.Count > MaxAuthors,
        site.TagsOf(paper).Take(MaxCategories).Select(t => t.Name),
        paper.AbstractHtml);

    /// <summary>The RSS file's path: "feed.xml", "tags/cs.cv/feed.xml".</summary>
    public string RssPath => Path + ".xml";

    /// <summary>The Atom file's path beside it: "atom.xml", "tags/cs.cv/atom.xml".</summary>
    public string AtomPath => Path[..^"feed".Length] + "atom.xml";
}
