using Scholarly.Content;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>Where an entry is on the site: its own page, or its anchor on its kind's page. Pages, lists and the search index link to it alike.</summary>
internal static class EntryAddress
{
    /// <summary>
    /// The id of an entry that is a part of its kind's page (a news item, a course): its slug after the kind's name
    /// ("news-award"), so no file name ("main") can take an id the page itself uses.
    /// </summary>
    public static string AnchorOf(Entry entry) => entry is NewsItem ? UrlPath.NewsAnchor(entry.Slug) : "course-" + entry.Slug;

    /// <summary>Where an entry is: its own page (talks, projects), or its anchor on its kind's page (news, courses).</summary>
    public static string UrlOf(Entry entry) => entry switch
    {
        Talk talk => UrlPath.Talk(talk.Slug),
        Project project => UrlPath.Project(project.Slug),
        NewsItem news => UrlPath.NewsItem(news.Slug),
        _ => UrlPath.Teaching + "#" + AnchorOf(entry),
    };
}
