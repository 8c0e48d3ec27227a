using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// README, <c>home</c>: "which of biography, news, featured, publications the home page shows and in what order";
/// <c>menu</c>: "by default publications, every page, each section the site has, topics".
/// </summary>
public class HomeSectionsTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    [TestCaseSource(nameof(Themes))]
    public void TheHomePageShowsItsSectionsInTheConfiguredOrder(string theme)
    {
        using var site = FullerSite.Create().Write("site/scholarly.yml", TestSite.DefaultConfig + "\nhome:\n  sections: [publications, news, biography]\n");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var main = site.Html("index.html").QuerySelector("main")!;
        var html = main.InnerHtml;
        int At(string selector) => html.IndexOf(main.QuerySelector(selector)!.OuterHtml, StringComparison.Ordinal);
        Assert.That(At("#news"), Is.GreaterThan(At(".card-list, .entries")), "news after the publications");
        Assert.That(html.IndexOf("Notes on the", StringComparison.Ordinal), Is.GreaterThan(At("#news")), "the biography last");
        Assert.That(main.QuerySelector("#selected"), Is.Null, "featured left out");
    }

    [TestCaseSource(nameof(Themes))]
    public void TheDefaultHomePageShowsBiographyNewsFeaturedAndPublications(string theme)
    {
        using var site = FullerSite.Create();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var main = site.Html("index.html").QuerySelector("main")!;
        var html = main.InnerHtml;
        Assert.That(html.IndexOf("Notes on the", StringComparison.Ordinal), Is.LessThan(html.IndexOf("id=\"news\"", StringComparison.Ordinal)));
        Assert.That(html.IndexOf("id=\"news\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("id=\"selected\"", StringComparison.Ordinal)));
        Assert.That(main.QuerySelectorAll(".news-item"), Has.Length.EqualTo(2));
    }

    [Test]
    public void TheNavigationListsEverySectionTheSiteHasOnEveryPage()
    {
        using var site = FullerSite.Create();
        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var path in FullerSite.Pages)
        {
            var labels = site.Html(path + "index.html").QuerySelectorAll("nav[aria-label='Site'] a").Select(a => a.TextContent.Trim()).Where(l => l != "RSS");
            Assert.That(labels, Is.EqualTo(new[] { "Publications", "About", "News", "Talks", "Teaching", "Projects", "CV", "Topics" }), path);
        }
    }

    [Test]
    public void TheMenuNamesTheNewSectionsAndRelabelsThem()
    {
        using var site = FullerSite.Create().Write("site/scholarly.yml", TestSite.DefaultConfig + "\nmenu:\n  - cv\n  - section: talks\n    label: Speaking\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var links = site.Html("talks/index.html").QuerySelectorAll("nav[aria-label='Site'] a").Where(a => a.TextContent.Trim() != "RSS")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.That(links, Is.EqualTo(new[] { ("CV", "../cv/", (string?)null), ("Speaking", "../talks/", "page") }));
    }

    [Test]
    public void WithoutPublicationsOnTheHomePageTheNavigationHasNoPublicationsItem()
    {
        using var site = FullerSite.Create().Write("site/scholarly.yml", TestSite.DefaultConfig + "\nhome:\n  sections: [biography, news]\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var labels = site.Html("index.html").QuerySelectorAll("nav[aria-label='Site'] a").Select(a => a.TextContent.Trim()).Where(l => l != "RSS");
        Assert.That(labels, Is.EqualTo(new[] { "About", "News", "Talks", "Teaching", "Projects", "CV", "Topics" }));
    }

    [TestCase("home:\n  sections: [biograpy, news]\n", "scholarly.yml:6: error: the home page has no section 'biograpy' (did you mean 'biography'?); it can show biography, news, featured, publications")]
    [TestCase("home:\n  news: -1\n", "scholarly.yml:6: error: 'news' must be a whole number of at least 0")]
    [TestCase("home:\n  section: [news]\n", "scholarly.yml:6: warning: unknown key 'section' in home (did you mean 'sections'?)")]
    public void AProblemInHomeNamesItsLine(string yaml, string expected)
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01").Write("site/scholarly.yml", TestSite.DefaultConfig + "\n" + yaml);

        var result = site.Build();

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith(expected));
        Assert.That(result.Succeeded, Is.EqualTo(!expected.Contains("error", StringComparison.Ordinal)));
    }
}
