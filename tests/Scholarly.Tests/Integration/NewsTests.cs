using System.Xml.Linq;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md, news: "news/*.md, a title and a date … the newest few on the home page (home: news), all on
/// /news/, with RSS and Atom feeds".
/// </summary>
public class NewsTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    private static TestSite SiteWithNews(string config = "") => FullerSite.Create()
        .Write("site/scholarly.yml", TestSite.DefaultConfig + config)
        .Write("site/news/older.md", "---\ntitle: An older item\ndate: 2022-05-01\n---\n")
        .Write("site/news/draft.md", "---\ntitle: Not yet\ndate: 2024-06-01\ndraft: true\n---\n");

    [TestCaseSource(nameof(Themes))]
    public void TheHomePageShowsTheNewestItemsAndNewsPageShowsThemAll(string theme)
    {
        using var site = SiteWithNews("\nhome:\n  news: 2\n");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var home = site.Html("index.html");
        var onHome = home.QuerySelectorAll(".news-item .news-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.That(onHome, Is.EqualTo(new[] { "The Mill was accepted at PAS 2024", "Awarded the Society's medal More" }), "newest first, two of three");
        Assert.That(home.QuerySelector(".news-item .news-title a[href='papers/mill/']"), Is.Not.Null, "a news title keeps its links, made page-relative");
        Assert.That(home.QuerySelector(".news-item a.more")!.GetAttribute("href"), Is.EqualTo("news/#news-medal"), "an item with more to say links to it");
        Assert.That(home.QuerySelector("#news a[href='news/']"), Is.Not.Null, "a link to the rest");

        var news = site.Html("news/index.html");
        Assert.That(news.QuerySelectorAll(".news-item").Select(li => li.Id), Is.EqualTo(new[] { "news-accepted", "news-medal", "news-older" }), "every published item, each its anchor");
        Assert.That(news.QuerySelector("#news-medal .news-body em")!.TextContent, Is.EqualTo("mill"));
        Assert.That(news.QuerySelector("#news-medal time")!.GetAttribute("datetime"), Is.EqualTo("2024-01-01"));
        Assert.That(news.QuerySelector("#news-medal time")!.TextContent, Is.EqualTo("Jan 2024"), "a month-only date shows as a month");
        Assert.That(news.QuerySelector("#news-medal a[href='https://example.org/medal']")!.TextContent, Is.EqualTo("Event"));
        Assert.That(news.QuerySelector("nav[aria-label='Site'] a[aria-current='page']")!.TextContent.Trim(), Is.EqualTo("News"));
        Assert.That(news.QuerySelector("link[rel='alternate'][href='../news/feed.xml']"), Is.Not.Null, "the news feed is advertised on its page");
    }

    [Test]
    public void TheNewsFeedsCarryEveryItemWithAbsoluteLinks()
    {
        using var site = SiteWithNews();
        Assert.That(site.Build().Succeeded, Is.True);

        var rss = XDocument.Parse(site.Read("news/feed.xml"));
        var items = rss.Descendants("item").ToList();
        Assert.That(items.Select(i => i.Element("title")!.Value), Is.EqualTo(new[] { "The Mill was accepted at PAS 2024", "Awarded the Society's medal", "An older item" }), "titles as plain text");
        Assert.That(items[1].Element("link")!.Value, Is.EqualTo("https://example.org/site/news/#news-medal"));
        Assert.That(items[0].Element("description")!.Value, Does.Contain("href=\"https://example.org/site/papers/mill/\""), "a one-line item carries its title, links absolute");
        Assert.That(items[1].Element("description")!.Value, Does.Contain("<em>mill</em>"), "an item with a body carries the body");
        Assert.That(rss.Descendants("channel").Single().Element("link")!.Value, Is.EqualTo("https://example.org/site/news/"));

        var atom = XDocument.Parse(site.Read("news/atom.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.That(atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "id")!.Value), Is.EqualTo(new[]
        {
            "https://example.org/site/news/#news-accepted", "https://example.org/site/news/#news-medal", "https://example.org/site/news/#news-older",
        }));
        Assert.That(XDocument.Parse(site.Read("feed.xml")).Descendants("item").Count(), Is.EqualTo(2), "the site's feed stays the papers'");
        Assert.That(site.Read("sitemap.xml"), Does.Contain("<loc>https://example.org/site/news/</loc>"));
    }

    [Test]
    public void ASiteWithoutNewsHasNoNewsPageFeedOrMenuItem()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Exists("news/index.html") || site.Exists("news/feed.xml"), Is.False);
        Assert.That(site.Html("index.html").QuerySelectorAll("nav[aria-label='Site'] a").Select(a => a.TextContent.Trim()), Does.Not.Contain("News"));
        Assert.That(site.Html("index.html").QuerySelector("#news"), Is.Null);
    }

    [Test]
    public void ANewsItemNamedLikeAnIdOfThePageKeepsTheIdsApart()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01").Write("site/news/main.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var news = site.Html("news/index.html");
        Assert.That(news.QuerySelectorAll("[id='main']"), Has.Length.EqualTo(1), "the skip link's target stays the main element");
        Assert.That(news.QuerySelector("#news-main .news-title")!.TextContent, Is.EqualTo("Hello"));
    }

    [Test]
    public void APageWhereTheSiteHasItsNewsPageIsAnErrorNamingTheFile()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/news/x.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\n")
            .Write("site/pages/news.md", "---\ntitle: News\n---\nMine.\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("pages/news.md: error: two files would be written to 'news/index.html': pages/news.md and the news page; rename the file"));
    }

    [TestCase("title: No date\n", "news/x.md:2: error: 'date' is required")]
    [TestCase("date: 2024-01-01\n", "news/x.md:2: error: 'title' is required")]
    [TestCase("title: Bad\ndate: soon\n", "news/x.md:3: error:")]
    [TestCase("title: Typo\ndate: 2024-01-01\ndte: 2024\n", "news/x.md:4: warning: unknown key 'dte'")]
    public void AProblemInANewsItemNamesItsFileAndLine(string frontMatter, string expected)
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01").Write("site/news/x.md", "---\n" + frontMatter + "---\n");

        var result = site.Build();

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith(expected));
        Assert.That(result.Succeeded, Is.EqualTo(!expected.Contains("error", StringComparison.Ordinal)));
    }
}
