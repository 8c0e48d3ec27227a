using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Scholarly.Checking;

/// <summary>
/// Inspects a built site as a browser and a crawler would: every internal link, asset and #anchor must resolve;
/// every page needs a title and a description, unique ids and images with alt text; feeds and the sitemap must be
/// well-formed. Works on any folder of HTML, not only Scholarly's output.
/// </summary>
internal static class SiteChecker
{
    private static readonly HtmlParser Parser = new();

    /// <param name="basePath">The path the site is published under ("/" or "/REPO/"), for root-relative links; null: read it from the home page's canonical link.</param>
    public static CheckReport Check(string outputDirectory, string? basePath = null)
    {
        var root = Path.GetFullPath(outputDirectory);
        var problems = new List<CheckProblem>();
        var documents = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        IDocument Load(string file) => documents.TryGetValue(file, out var d) ? d : documents[file] = Parser.ParseDocument(File.ReadAllText(file));

        var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var pages = Directory.EnumerateFiles(root, "*.html", walk).Order(StringComparer.Ordinal).ToList();
        basePath ??= BasePathOf(root, pages, Load);
        var references = 0;
        foreach (var page in pages)
        {
            var shown = Show(root, page);
            var document = Load(page);
            CheckHead(document, shown, problems);
            CheckIdsAndImages(document, shown, problems);
            foreach (var (element, reference) in References(document))
            {
                references++;
                var problem = Resolve(root, page, reference, basePath, Load);
                if (problem is not null)
                {
                    problems.Add(new CheckProblem(shown, $"{(element == "img" || element == "script" || element == "link" ? "missing asset" : "broken link")}: {reference} ({problem})"));
                }
            }
        }

        foreach (var feed in Directory.EnumerateFiles(root, "*.xml", walk).Order(StringComparer.Ordinal))
        {
            CheckXml(root, feed, basePath, problems);
        }

        return new CheckReport(problems, pages.Count, references);
    }

    private static void CheckHead(IDocument document, string page, List<CheckProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            problems.Add(new CheckProblem(page, "no <title>"));
        }

        if (document.QuerySelector("meta[name=description]")?.GetAttribute("content") is not { Length: > 0 })
        {
            problems.Add(new CheckProblem(page, "no meta description"));
        }
    }

    private static void CheckIdsAndImages(IDocument document, string page, List<CheckProblem> problems)
    {
        foreach (var id in document.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1))
        {
            problems.Add(new CheckProblem(page, $"duplicate id '{id.Key}' ({id.Count()} elements)"));
        }

        foreach (var image in document.QuerySelectorAll("img:not([alt])"))
        {
            problems.Add(new CheckProblem(page, $"image without alt text: {image.GetAttribute("src")}"));
        }
    }

    private static IEnumerable<(string Element, string Reference)> References(IDocument document) =>
        document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src], iframe[src]")
            .Where(e => e.LocalName != "link" || e.GetAttribute("rel") != "canonical")
            .Select(e => (e.LocalName, (e.GetAttribute(e.HasAttribute("href") ? "href" : "src") ?? "").Trim()))
            .Where(r => !IsExternal(r.Item2));

    private static bool IsExternal(string reference) =>
        reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal)
        || reference.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the reference resolves, else why not.</summary>
    private static string? Resolve(string root, string page, string reference, string basePath, Func<string, IDocument> load)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(reference[(hash + 1)..]) : "";
        var path = hash >= 0 ? reference[..hash] : reference;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = Uri.UnescapeDataString(query >= 0 ? path[..query] : path);
        if (path.Any(char.IsControl))
        {
            return "the address holds a control character";
        }

        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return $"outside the site's base path {basePath}";
            }

            target = Path.GetFullPath(Path.Combine(root, path[basePath.Length..]));
        }
        else
        {
            target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
        }

        if (target != root && !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "leads outside the site";
        }

        if (Directory.Exists(target) || path.EndsWith('/'))
        {
            target = Path.Combine(target, "index.html");
        }

        if (!File.Exists(target))
        {
            return $"no file {Show(root, target)}";
        }

        if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && load(target).GetElementById(fragment) is null)
        {
            return $"no element with id '{fragment}' in {Show(root, target)}";
        }

        return null;
    }

    /// <summary>Feeds must be RSS 2.0 or Atom with entries that have a link; a sitemap a urlset of absolute locations.</summary>
    private static void CheckXml(string root, string file, string basePath, List<CheckProblem> problems)
    {
        var shown = Show(root, file);
        XDocument xml;
        try
        {
            xml = XDocument.Load(file);
        }
        catch (System.Xml.XmlException e)
        {
            problems.Add(new CheckProblem(shown, $"not well-formed XML: {e.Message}"));
            return;
        }

        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var rootName = xml.Root!.Name;
        if (rootName == "rss")
        {
            if (xml.Root.Attribute("version")?.Value != "2.0" || xml.Root.Element("channel") is not { } channel)
            {
                problems.Add(new CheckProblem(shown, "RSS feed without version 2.0 or a channel"));
                return;
            }

            CheckSelfLink(channel.Elements(atom + "link"), shown, basePath, problems);
            foreach (var item in channel.Elements("item").Where(i => string.IsNullOrWhiteSpace(i.Element("link")?.Value) || string.IsNullOrWhiteSpace(i.Element("title")?.Value)))
            {
                problems.Add(new CheckProblem(shown, "RSS item without a title or link"));
            }
        }
        else if (rootName == atom + "feed")
        {
            CheckSelfLink(xml.Root.Elements(atom + "link"), shown, basePath, problems);
            foreach (var entry in xml.Root.Elements(atom + "entry").Where(e => e.Element(atom + "id") is null || e.Element(atom + "title") is null || e.Element(atom + "updated") is null))
            {
                problems.Add(new CheckProblem(shown, "Atom entry without an id, title or updated date"));
            }
        }
        else if (rootName == sitemap + "urlset")
        {
            foreach (var loc in xml.Root.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")?.Value ?? ""))
            {
                if (!Uri.TryCreate(loc, UriKind.Absolute, out _))
                {
                    problems.Add(new CheckProblem(shown, $"sitemap location is not an absolute address: '{loc}'"));
                }
            }
        }
    }

    /// <summary>
    /// A feed's <c>rel="self"</c> link is how a reader finds the feed again: it must be the feed's own address
    /// (an Atom feed that names the RSS file sends readers to the other format).
    /// </summary>
    private static void CheckSelfLink(IEnumerable<XElement> links, string shown, string basePath, List<CheckProblem> problems)
    {
        var self = links.FirstOrDefault(l => l.Attribute("rel")?.Value == "self")?.Attribute("href")?.Value;
        if (self is null)
        {
            return;
        }

        var expected = Uri.UnescapeDataString(basePath) + shown;
        if (!Uri.TryCreate(self, UriKind.Absolute, out var url) || !Uri.UnescapeDataString(url.AbsolutePath).Equals(expected, StringComparison.Ordinal))
        {
            problems.Add(new CheckProblem(shown, $"the feed's self link is {self}, not its own address (…{expected})"));
        }
    }

    /// <summary>The base path from the home page's canonical link (https://USER.github.io/REPO/ → /REPO/), else "/".</summary>
    private static string BasePathOf(string root, List<string> pages, Func<string, IDocument> load)
    {
        var home = Path.Combine(root, "index.html");
        if (pages.Contains(home) && load(home).QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { } canonical
            && Uri.TryCreate(canonical, UriKind.Absolute, out var url))
        {
            return url.AbsolutePath.EndsWith('/') ? url.AbsolutePath : url.AbsolutePath + "/";
        }

        return "/";
    }

    private static string Show(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
