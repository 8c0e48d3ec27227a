namespace Scholarly.Model;

/// <summary>One item of a feed, whatever it stands for (a paper, a news item), in the terms RSS and Atom share.</summary>
/// <param name="Path">Its page from the site root ("papers/gba/", "news/#award").</param>
/// <param name="Categories">Made as the feed is written: a paper is in the feed of each of its tags, so its entry is shared.</param>
/// <param name="SummaryHtml">The abstract or body as HTML; links in it are made absolute when the feed is written.</param>
internal sealed record FeedEntry(
    string Title,
    string Path,
    DateOnly Date,
    IReadOnlyList<string> Authors,
    bool EtAl,
    IEnumerable<string> Categories,
    string SummaryHtml);
