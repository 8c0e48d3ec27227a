namespace Scholarly.Text;

/// <summary>
/// Every link the site writes to one of its own paths, in one place: the link style, the placeholder rendered
/// Markdown carries for the site root (Markdown is rendered once, before anyone knows which page it will sit on), and
/// what that placeholder becomes on each page and in the feeds.
/// </summary>
internal sealed class SiteLinks(Uri baseUrl, LinkStyle style)
{
    /// <summary>Stands for the site root in rendered Markdown, at the start of an attribute value (<c>href="…"</c>).</summary>
    public const string RootPlaceholder = "scholarly-site-root:";

    private const string QuotedPlaceholder = "\"" + RootPlaceholder;

    public LinkStyle Style { get; } = style;

    /// <summary>base_url, always ending in '/'.</summary>
    public string BaseUrl { get; } = baseUrl.AbsoluteUri;

    /// <summary>base_url's path ("/" or "/REPO/").</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath;

    /// <summary>
    /// What leads from the page at <paramref name="pagePath"/> to the site root: "" on the home page, "../../" on a
    /// paper page, base_url's path with root-relative links, and always on the 404 page, which a host serves at any depth.
    /// </summary>
    public string RootFrom(string pagePath) =>
        Style == LinkStyle.RootRelative || pagePath == UrlPath.NotFound ? BasePath
        : pagePath.Length == 0 ? ""
        : UrlPath.Relative(pagePath, "");

    /// <summary>The link from the page at <paramref name="pagePath"/> to the site path <paramref name="target"/>.</summary>
    public string From(string pagePath, string target)
    {
        var root = RootFrom(pagePath);
        return root.Length == 0 ? UrlPath.Relative("", target.TrimStart('/')) : root + target.TrimStart('/');
    }

    /// <summary>The full address of a site path: for feeds, canonical links and sharing.</summary>
    public string Absolute(string target) => BaseUrl + target.TrimStart('/');

    /// <summary>Rendered Markdown's site-root placeholders as the page at <paramref name="pagePath"/> reaches the root.</summary>
    public string ResolveInPage(string html, string pagePath) =>
        html.Contains(QuotedPlaceholder, StringComparison.Ordinal)
            ? html.Replace(QuotedPlaceholder, "\"" + RootFrom(pagePath), StringComparison.Ordinal)
            : html;

    /// <summary>Rendered Markdown's site-root placeholders as full addresses: a feed reader has no page to be relative to.</summary>
    public string ResolveAbsolute(string html) => html.Replace(QuotedPlaceholder, "\"" + BaseUrl, StringComparison.Ordinal);
}
