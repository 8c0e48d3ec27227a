using Scholarly.Content;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>What one feed carries: the site's or one tag's papers, its title, and where it and its page live.</summary>
/// <param name="Path">The feed's own path from the site root without its extension: "feed", "tags/cs.cv/feed".</param>
/// <param name="PagePath">The page the feed follows: "" (home) or "tags/cs.cv/".</param>
internal sealed record FeedContent(string Title, string Description, string Path, string PagePath, IReadOnlyList<Paper> Papers)
{
    /// <summary>
    /// At most this many categories per entry: a paper is in the feed of each of its tags, so a paper with
    /// thousands of tags would otherwise put thousands of categories in thousands of feeds.
    /// </summary>
    public const int MaxCategories = 20;

    /// <summary>At most this many authors per entry ("et al." after them), for the same reason.</summary>
    public const int MaxAuthors = 100;

    /// <summary>An entry's categories: the paper's first <see cref="MaxCategories"/> tags.</summary>
    public static IEnumerable<Tag> Categories(Site site, Paper paper) => site.TagsOf(paper).Take(MaxCategories);

    /// <summary>An entry's authors, at most <see cref="MaxAuthors"/>, and whether "et al." follows them.</summary>
    public static (IEnumerable<string> Names, bool EtAl) Authors(Paper paper) =>
        (paper.Authors.Take(MaxAuthors), paper.EtAl || paper.Authors.Count > MaxAuthors);

    /// <summary>The feeds a page advertises and the site writes: the site's, and one per tag unless switched off.</summary>
    public static IReadOnlyList<FeedContent> Of(Site site)
    {
        var owner = site.Profile.Name;
        var feeds = new List<FeedContent> { new(site.Config.Title, site.Config.Description ?? $"Publications of {owner}", "feed", UrlPath.Home, site.Papers) };
        if (site.Config.Builds(Configuration.DisabledKinds.TagFeeds))
        {
            feeds.AddRange(site.Tags.Select(t => new FeedContent($"{site.Config.Title}: {t.Name}", $"Publications of {owner} on {t.Name}", UrlPath.Tag(t.Slug) + "feed", UrlPath.Tag(t.Slug), t.Papers)));
        }

        return feeds;
    }

    /// <summary>The RSS file's path: "feed.xml", "tags/cs.cv/feed.xml".</summary>
    public string RssPath => Path + ".xml";

    /// <summary>The Atom file's path beside it: "atom.xml", "tags/cs.cv/atom.xml".</summary>
    public string AtomPath => Path[..^"feed".Length] + "atom.xml";
}
