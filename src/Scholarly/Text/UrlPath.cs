namespace Scholarly.Text;

/// <summary>
/// Site-root-relative page and file paths ("papers/gba/", "assets/site.css") and the page-relative
/// links between them, so the output works under any base path, a GitHub Pages subpath or file://.
/// </summary>
internal static class UrlPath
{
    public const string Home = "";
    public const string TagsIndex = "tags/";
    public const string News = "news/";
    public const string Talks = "talks/";
    public const string Teaching = "teaching/";
    public const string Projects = "projects/";
    public const string Cv = "cv/";

    /// <summary>The page a web server answers a missing address with (GitHub Pages' name for it).</summary>
    public const string NotFound = "404.html";

    public static string Paper(string slug) => $"papers/{slug}/";

    public static string Tag(string slug) => $"tags/{slug}/";

    public static string Year(int year) => $"years/{year}/";

    public static string Talk(string slug) => $"talks/{slug}/";

    public static string Project(string slug) => $"projects/{slug}/";

    /// <summary>A news item has no page of its own: it is an anchor on /news/.</summary>
    public static string NewsItem(string slug) => News + "#" + NewsAnchor(slug);

    /// <summary>The id of a news item on /news/: "news-award" (the kind's name first, so no slug takes an id the page uses).</summary>
    public static string NewsAnchor(string slug) => "news-" + slug;

    /// <summary>The file a page path is written to: "papers/gba/" → "papers/gba/index.html".</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>
    /// The link from the page at <paramref name="fromPage"/> to <paramref name="target"/>, both site-root-relative:
    /// from "papers/gba/" to "tags/cs.lg/" is "../../tags/cs.lg/"; to the home page from the home page is "./".
    /// </summary>
    public static string Relative(string fromPage, string target)
    {
        var depth = 0;
        foreach (var c in fromPage)
        {
            if (c == '/')
            {
                depth++;
            }
        }

        if (depth == 0)
        {
            return target.Length == 0 ? "./" : target;
        }

        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        return prefix + target;
    }
}
