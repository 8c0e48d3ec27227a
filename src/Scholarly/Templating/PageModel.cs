using Scholarly.Configuration;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Text;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// The <c>page</c> object of one render: kind, path, title, and what the head of the page needs to be found and
/// followed (description, canonical address, feeds, JSON-LD).
/// </summary>
internal static class PageModel
{
    public static ScriptObject Build(SitePage job, Site site, IReadOnlyDictionary<string, FeedContent> feedsByPage)
    {
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        var page = new LazyScriptObject
        {
            ["kind"] = job.Layout,
            ["url"] = job.Path,
            ["title"] = job.Title,
            ["canonical_url"] = job.Kind == PageKind.NotFound ? null : baseUrl + job.Path,
        };
        page.SetLazy("description", () => Description(job, site));
        page.SetLazy("feeds", () => Feeds(job, site, feedsByPage));
        page.SetLazy("json_ld", () => job.Kind switch
        {
            PageKind.Paper => new Html(StructuredData.Article(job.Paper!, site)),
            PageKind.Home => new Html(StructuredData.Profile(site)),
            _ => null,
        });
        page.IsReadOnly = true;
        return page;
    }

    /// <summary>One or two sentences for search results and link previews.</summary>
    private static string Description(SitePage job, Site site) => job.Kind switch
    {
        PageKind.Paper when HtmlToText.Convert(job.Paper!.AbstractHtml) is { Length: > 0 } text => HtmlToText.Excerpt(text),
        PageKind.Paper => $"{job.Paper!.Title}, by {string.Join(", ", job.Paper.Authors)}.",
        PageKind.Tag => $"{TemplateHelpers.Pluralize(job.Tag!.Papers.Count, "publication")} of {site.Profile.Name} on {job.Tag.Name}{(ArxivCategory.NameOf(job.Tag.Name) is { } name ? $" ({name})" : "")}.",
        PageKind.Tags => $"The topics of {site.Profile.Name}'s publications.",
        PageKind.NotFound => "This page does not exist.",
        _ => site.Config.Description ?? $"{site.Profile.Name}: {TemplateHelpers.Pluralize(site.Papers.Count, "publication")}.",
    };

    /// <summary>The feeds a page points readers to: the site's everywhere, a tag's on its page, each in RSS and Atom.</summary>
    private static ReadOnlyScriptArray Feeds(SitePage job, Site site, IReadOnlyDictionary<string, FeedContent> feedsByPage)
    {
        var feeds = new List<object?>();
        void Add(FeedContent feed)
        {
            feeds.Add(ReadOnly(new ScriptObject { ["title"] = feed.Title, ["url"] = feed.RssPath, ["type"] = "application/rss+xml" }));
            if (site.Config.Builds(DisabledKinds.Atom))
            {
                feeds.Add(ReadOnly(new ScriptObject { ["title"] = feed.Title + " (Atom)", ["url"] = feed.AtomPath, ["type"] = "application/atom+xml" }));
            }
        }

        if (job.Kind == PageKind.Tag && feedsByPage.TryGetValue(job.Path, out var tagFeed))
        {
            Add(tagFeed);
        }

        Add(feedsByPage[UrlPath.Home]);
        return new ReadOnlyScriptArray(feeds);
    }

    private static ScriptObject ReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }
}
