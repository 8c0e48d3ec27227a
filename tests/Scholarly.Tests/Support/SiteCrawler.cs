using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Scholarly.Tests.Support;

/// <summary>
/// Reads every HTML page of a built site and checks each internal reference (a, link, script, img, source)
/// as a browser would resolve it: relative to the page, a folder meaning its index.html, a #fragment needing
/// an element with that id.
/// </summary>
internal static class SiteCrawler
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every broken internal reference, as "page: reference (why)"; empty when the site is whole.</summary>
    /// <param name="basePath">base_url's path: a root-relative reference ("/REPO/tags/") starts with it.</param>
    public static List<string> BrokenReferences(string outputDirectory, string basePath = "/")
    {
        var broken = new List<string>();
        var documents = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        IDocument Load(string path) => documents.TryGetValue(path, out var d) ? d : documents[path] = Parser.ParseDocument(File.ReadAllText(path));

        foreach (var page in Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var document = Load(page);
            foreach (var reference in References(document))
            {
                if (IsExternal(reference))
                {
                    continue;
                }

                var (target, fragment) = Resolve(page, reference, outputDirectory, basePath);
                var shownPage = Path.GetRelativePath(outputDirectory, page);
                if (!target.StartsWith(outputDirectory, StringComparison.Ordinal))
                {
                    broken.Add($"{shownPage}: {reference} (leaves the site)");
                }
                else if (!File.Exists(target))
                {
                    broken.Add($"{shownPage}: {reference} (no file {Path.GetRelativePath(outputDirectory, target)})");
                }
                else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && Load(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{shownPage}: {reference} (no element with id '{fragment}')");
                }
            }
        }

        return broken;
    }

    /// <summary>The references of a page: links, stylesheets, scripts, images.</summary>
    public static IEnumerable<string> References(IDocument document) =>
        document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src]")
            .Select(e => e.GetAttribute(e.HasAttribute("href") ? "href" : "src") ?? "");

    public static bool IsExternal(string reference) =>
        reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("mailto:", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// The file a reference on <paramref name="page"/> points at, and its fragment: relative to the page, or, when it
    /// starts with '/', to the site root published at <paramref name="basePath"/>.
    /// </summary>
    public static (string File, string Fragment) Resolve(string page, string reference, string? outputDirectory = null, string basePath = "/")
    {
        if (reference.StartsWith('/') && outputDirectory is not null)
        {
            if (!reference.StartsWith(basePath, StringComparison.Ordinal))
            {
                return (Path.Combine(Path.GetTempPath(), "outside-the-site"), "");
            }

            page = Path.Combine(outputDirectory, "index.html");
            reference = reference[basePath.Length..];
            if (reference.Length == 0 || reference[0] == '#')
            {
                reference = "./" + reference;
            }
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(reference[(hash + 1)..]) : "";
        var path = hash >= 0 ? reference[..hash] : reference;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = query >= 0 ? path[..query] : path;
        if (path.Length == 0)
        {
            return (page, fragment);
        }

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        if (path.EndsWith('/') || path == "." || Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return (full, fragment);
    }
}
