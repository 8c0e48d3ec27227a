using Scholarly.Content;

namespace Scholarly.Output;

/// <summary>What one feed carries: the site's or one tag's papers, its title, and where it and its page live.</summary>
/// <param name="Path">The feed's own path from the site root without its extension: "feed", "tags/cs.cv/feed".</param>
/// <param name="PagePath">The page the feed follows: "" (home) or "tags/cs.cv/".</param>
internal sealed record FeedContent(string Title, string Description, string Path, string PagePath, IReadOnlyList<Paper> Papers)
{
    /// <summary>The RSS file's path: "feed.xml", "tags/cs.cv/feed.xml".</summary>
    public string RssPath => Path + ".xml";

    /// <summary>The Atom file's path beside it: "atom.xml", "tags/cs.cv/atom.xml".</summary>
    public string AtomPath => Path[..^"feed".Length] + "atom.xml";
}
