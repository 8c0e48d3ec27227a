using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// The sample site published as a GitHub Pages project site, https://USER.github.io/REPO/, served for real under
/// /REPO/ on loopback: every page reachable from the home page, every asset, and every address in the feeds and the
/// sitemap answer 200.
/// </summary>
public class GitHubPagesSubpathTests
{
    private const string PagesUrl = "https://someone.github.io/scholarly-site/";

    [TestCase(true)]
    [TestCase(false)]
    public async Task EveryLinkWorksUnderTheRepositoryPath(bool relativeLinks)
    {
        using var temp = new TestSite();
        var source = Path.Combine(temp.Root, "content");
        FolderCopy.Copy(RepositoryPaths.Content, source);
        File.AppendAllText(Path.Combine(source, "scholarly.yml"), $"\nrelative_links: {(relativeLinks ? "true" : "false")}\n");
        var output = Path.Combine(temp.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(source, output, BaseUrl: PagesUrl, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));

        using var server = new StaticServer(output, "/scholarly-site/");
        using var http = new HttpClient();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var broken = new List<string>();
        var queue = new Queue<Uri>([new Uri(server.BaseUrl)]);
        var parser = new HtmlParser();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var withoutFragment = url.GetLeftPart(UriPartial.Query);
            if (!visited.Add(withoutFragment))
            {
                continue;
            }

            using var response = await http.GetAsync(withoutFragment);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{withoutFragment}: HTTP {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var reference in page.QuerySelectorAll("a[href], link[href], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                var target = new Uri(url, reference);
                if (target.Host == "127.0.0.1")
                {
                    queue.Enqueue(target);
                }
                else if (target.AbsoluteUri.StartsWith(PagesUrl, StringComparison.Ordinal))
                {
                    queue.Enqueue(new Uri(server.BaseUrl + target.AbsoluteUri[PagesUrl.Length..]));
                }
            }
        }

        Assert.That(broken, Is.Empty);
        Assert.That(visited.Count(v => v.Contains("/papers/", StringComparison.Ordinal) && v.EndsWith('/')), Is.EqualTo(32), "every paper page was reached");

        var published = XDocument.Parse(await http.GetStringAsync(server.BaseUrl + "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value)
            .Concat(XDocument.Parse(await http.GetStringAsync(server.BaseUrl + "feed.xml")).Descendants("link").Select(e => e.Value))
            .ToList();
        Assert.That(published, Has.All.StartWith(PagesUrl));
        foreach (var address in published.Distinct())
        {
            using var response = await http.GetAsync(server.BaseUrl + address[PagesUrl.Length..]);
            Assert.That((int)response.StatusCode, Is.EqualTo(200), address);
        }

        using var missing = await http.GetAsync(server.BaseUrl + "no/such/page/");
        Assert.That((int)missing.StatusCode, Is.EqualTo(404));
    }
}
