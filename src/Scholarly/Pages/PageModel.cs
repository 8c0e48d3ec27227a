using Scholarly.Configuration;
using Scholarly.Model;
using Scholarly.Templating;
using Scholarly.Text;
using Scriban.Runtime;

namespace Scholarly.Pages;

/// <summary>
/// The <c>page</c> object of one render: kind, path, title, and what the head of the page needs to be found and
/// followed (description, canonical address, feeds, JSON-LD), each from the page's kind.
/// </summary>
internal static class PageModel
{
    private static readonly (PageKind Kind, string Flag)[] Flags = [.. PageKinds.All.Select(kind => (kind, "is_" + kind.FlagName))];

    public static ScriptObject Build(SitePage page, Site site, IReadOnlyDictionary<string, FeedContent> feedsByPage)
    {
        var kind = page.Kind;
        var model = new LazyScriptObject
        {
            ["kind"] = page.Layout,
            ["url"] = page.Path,
            ["title"] = page.Title,
            ["canonical_url"] = kind.HasAddress ? site.Config.BaseUrl.AbsoluteUri + page.Path : null,
        };

        // page.is_home, page.is_paper …: a theme tests a flag, never a kind's name as a string.
        foreach (var (other, flag) in Flags)
        {
            model[flag] = ReferenceEquals(other, kind);
        }

        model.SetLazy("description", () => kind.DescriptionOf(page, site));
        model.SetLazy("feeds", () => Feeds(page, site, feedsByPage));
        model.SetLazy("json_ld", () => kind.JsonLdOf(page, site) is { } json ? new Html(json) : null);
        model.SetLazy("menu", () => Menu(page, site));
        model.SetLazy("image", () => kind.PreviewImageOf(page, site) is { } image ? Image(image, site) : null);
        model.IsReadOnly = true;
        return model;
    }

    /// <summary>The feeds a page points readers to: the site's everywhere, a tag's on its page, each in RSS and Atom.</summary>
    private static ReadOnlyScriptArray Feeds(SitePage page, Site site, IReadOnlyDictionary<string, FeedContent> feedsByPage)
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

        if (page.Kind.OwnFeedOf(page) is { } own && feedsByPage.TryGetValue(own, out var ownFeed))
        {
            Add(ownFeed);
        }

        Add(feedsByPage[UrlPath.Home]);
        return new ReadOnlyScriptArray(feeds);
    }

    /// <summary>
    /// <c>page.menu</c>: the site's navigation, each item <c>{ label, url, is_external, is_current }</c>; the item of
    /// the page, or of the section it is in (a paper's page is in the publications, a tag's in the topics), is current.
    /// </summary>
    private static ReadOnlyScriptArray Menu(SitePage page, Site site) => new(site.Menu.Select(item => ReadOnly(new ScriptObject
    {
        ["label"] = item.Label,
        ["url"] = item.Url,
        ["is_external"] = item.IsExternal,
        ["is_current"] = !item.IsExternal && IsIn(page, item.Url),
    })));

    private static bool IsIn(SitePage page, string url) =>
        page.Path == url
        || (url.Length > 0 && url.EndsWith('/') && page.Path.StartsWith(url, StringComparison.Ordinal))
        || (url == UrlPath.Home && page.Kind is PaperPages);

    /// <summary>
    /// <c>page.image</c>: <c>url</c> absolute (previews are fetched from elsewhere), <c>width</c> and <c>height</c>
    /// when the file's size is known, <c>alt</c>, and <c>is_figure</c> for a paper's figure rather than a portrait.
    /// </summary>
    private static ScriptObject Image(PreviewImage image, Site site) => ReadOnly(new ScriptObject
    {
        ["url"] = Content.Link.IsExternalAddress(image.Url) ? image.Url : new Uri(site.Config.BaseUrl, image.Url.TrimStart('/')).AbsoluteUri,
        ["width"] = image.Size?.Width,
        ["height"] = image.Size?.Height,
        ["alt"] = image.Alt,
        ["is_figure"] = image.IsFigure,
    });

    private static ScriptObject ReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }
}
