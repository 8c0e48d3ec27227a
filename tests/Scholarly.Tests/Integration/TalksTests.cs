using System.Text.Json;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md, talks: "/talks/ grouped by year, and a page per talk: event, location, date, type, links, the
/// papers it presents (whose pages link back); a schema.org Event".
/// </summary>
public class TalksTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    [TestCaseSource(nameof(Themes))]
    public void TheTalksPageGroupsTalksByYearAndEachTalkHasItsPage(string theme)
    {
        using var site = FullerSite.Create();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var talks = site.Html("talks/index.html");
        Assert.That(talks.QuerySelectorAll("main h2.year-heading").Select(h => h.TextContent), Is.EqualTo(new[] { "2024", "2023" }));
        var first = talks.QuerySelector(".talk-entry")!;
        Assert.That(first.QuerySelector(".entry-title a")!.GetAttribute("href"), Is.EqualTo("../talks/society/"));
        Assert.That(first.QuerySelector(".entry-meta")!.TextContent, Does.Contain("Invited talk").And.Contain("Royal Society").And.Contain("London").And.Contain("Apr 10, 2024"));
        Assert.That(first.QuerySelectorAll(".link-buttons a").Select(a => a.TextContent), Is.EqualTo(new[] { "Slides", "Video" }));

        var talk = site.Html("talks/society/index.html");
        Assert.That(talk.Title, Is.EqualTo("Engines that weave · Test Site"));
        Assert.That(talk.QuerySelector("main h1")!.TextContent, Is.EqualTo("Engines that weave"));
        Assert.That(talk.QuerySelector("meta[name='description']")!.GetAttribute("content"), Is.EqualTo("On the mill and the store."));
        var papers = talk.QuerySelectorAll("main section.papers a[href^='../../papers/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.That(papers, Is.EquivalentTo(new[] { "../../papers/mill/", "../../papers/store/" }), "the papers it presents, linked");
        Assert.That(talk.QuerySelector("nav[aria-label='Site'] a[aria-current='page']")!.TextContent.Trim(), Is.EqualTo("Talks"));

        var paper = site.Html("papers/mill/index.html");
        var back = paper.QuerySelector(".related a[href='../../talks/society/']");
        Assert.That(back?.TextContent, Is.EqualTo("Engines that weave"), "the paper's page links back to the talk");
        Assert.That(paper.QuerySelector(".related a[href='../../projects/engines/']")?.TextContent, Is.EqualTo("Analytical engines"), "and to its project");
        Assert.That(site.Html("papers/store/index.html").QuerySelector(".related a[href*='projects/']"), Is.Null, "no project names the store");
    }

    [Test]
    public void ATalkPageDescribesItselfAsASchemaOrgEvent()
    {
        using var site = FullerSite.Create();
        Assert.That(site.Build().Succeeded, Is.True);

        using var json = JsonDocument.Parse(site.Html("talks/society/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        var talk = json.RootElement;
        Assert.That(talk.GetProperty("@type").GetString(), Is.EqualTo("Event"));
        Assert.That(talk.GetProperty("name").GetString(), Is.EqualTo("Engines that weave"));
        Assert.That(talk.GetProperty("startDate").GetString(), Is.EqualTo("2024-04-10"));
        Assert.That(talk.GetProperty("location").GetProperty("@type").GetString(), Is.EqualTo("Place"));
        Assert.That(talk.GetProperty("location").GetProperty("name").GetString(), Is.EqualTo("London"));
        Assert.That(talk.GetProperty("superEvent").GetProperty("name").GetString(), Is.EqualTo("Royal Society"));
        Assert.That(talk.GetProperty("performer").GetProperty("name").GetString(), Is.EqualTo("Ada Lovelace"));
        Assert.That(talk.GetProperty("url").GetString(), Is.EqualTo("https://example.org/site/talks/society/"));
        Assert.That(talk.GetProperty("subjectOf").EnumerateArray().Select(p => p.GetProperty("url").GetString()), Is.EqualTo(new[]
        {
            "https://example.org/site/papers/mill/", "https://example.org/site/papers/store/",
        }));

        using var online = JsonDocument.Parse(site.Html("talks/poster/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.That(online.RootElement.GetProperty("location").GetProperty("@type").GetString(), Is.EqualTo("VirtualLocation"));
        Assert.That(online.RootElement.GetProperty("startDate").GetString(), Is.EqualTo("2023-06"), "a month-only date stays a month");
        Assert.That(site.Read("sitemap.xml"), Does.Contain("<loc>https://example.org/site/talks/society/</loc>").And.Contain("<loc>https://example.org/site/talks/</loc>"));
    }

    [Test]
    public void ATalkOfHostileTextStaysText()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/talks/x.md", "---\ntitle: \"</script><script>alert(1)</script>\"\ndate: 2024-01-01\nevent: \"<b>Bold</b> & co\"\nlocation: '\"quoted\"'\n---\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var page = site.Html("talks/x/index.html");
        Assert.That(page.QuerySelectorAll("script").Select(s => s.TextContent), Has.None.Contains("alert(1)</script>"));
        Assert.That(page.QuerySelector("main h1")!.TextContent, Is.EqualTo("</script><script>alert(1)</script>"));
        Assert.That(page.QuerySelector(".talk-venue")!.TextContent, Is.EqualTo("<b>Bold</b> & co, \"quoted\""));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.That(json.RootElement.GetProperty("superEvent").GetProperty("name").GetString(), Is.EqualTo("<b>Bold</b> & co"));
    }

    [Test]
    public void ATalkThatNamesNoPaperOfTheSiteIsAnErrorWithASuggestion()
    {
        using var site = new TestSite()
            .Paper("engine", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/talks/x.md", "---\ntitle: T\ndate: 2024-01-01\npapers:\n  - engnie\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.EqualTo(
            "talks/x.md:5: error: 'papers' names 'engnie', but no paper has that slug (did you mean 'engine'?); a paper's slug is its file's name without .md"));
    }

    [Test]
    public void ATalksLinkToAFileTheSiteDoesNotHaveIsAnErrorAtItsLine()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/talks/x.md", "---\ntitle: T\ndate: 2024-01-01\nlinks:\n  slides: files/slides.pdf\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.EqualTo("talks/x.md:5: error: link 'slides': the site has no 'files/slides.pdf'; a file for it goes in static/files/slides.pdf"));
    }

    [Test]
    public void TwoTalksOfOneAddressAreAnError()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/talks/a.md", "---\ntitle: A\ndate: 2024-01-01\nslug: same\n---\n")
            .Write("site/talks/same.md", "---\ntitle: B\ndate: 2024-01-02\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("talks/a.md:1: error: two entries would be talks/same: talks/same.md has the same address"));
    }
}
