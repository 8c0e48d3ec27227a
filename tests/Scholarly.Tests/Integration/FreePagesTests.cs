using AngleSharp.Dom;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md: "pages/NAME.md is the page /NAME/ … in the navigation of every page, by weight then title;
/// menu: in scholarly.yml sets its order and labels".
/// </summary>
public class FreePagesTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    private static TestSite SiteWithPages() => new TestSite()
        .Paper("engine", "title: Engine\nauthors: [Ada Lovelace]\ndate: 2024-01-01\ntags: [math]")
        .Write("site/pages/about.md", "---\ntitle: About me\n---\nI write *notes* on [engines](https://example.org/engines).\n\n## Teaching\n\n- Analysis\n- Algebra\n")
        .Write("site/pages/contact.md", "---\ntitle: Contact\nweight: -1\ndescription: How to reach Ada.\n---\nWrite to ada@example.org.\n")
        .Write("site/pages/draft.md", "---\ntitle: Not yet\ndraft: true\n---\nSoon.\n");

    private static List<(string Label, string Href, bool Current)> Navigation(IDocument page) =>
        [.. page.QuerySelectorAll("nav[aria-label='Site'] a").Where(a => a.TextContent.Trim() != "RSS")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href") ?? "", a.GetAttribute("aria-current") == "page"))];

    [TestCaseSource(nameof(Themes))]
    public void APageIsWrittenAtItsNameWithItsMarkdown(string theme)
    {
        using var site = SiteWithPages();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var about = site.Html("about/index.html");
        Assert.That(about.Title, Is.EqualTo("About me · Test Site"));
        Assert.That(about.QuerySelector("main h1")!.TextContent.Trim(), Is.EqualTo("About me"));
        Assert.That(about.QuerySelector("main .prose em")!.TextContent, Is.EqualTo("notes"));
        Assert.That(about.QuerySelector("main .prose h2")!.TextContent, Is.EqualTo("Teaching"));
        Assert.That(about.QuerySelectorAll("main .prose li").Select(li => li.TextContent), Is.EqualTo(new[] { "Analysis", "Algebra" }));
        Assert.That(about.QuerySelector("meta[name='description']")!.GetAttribute("content"), Is.EqualTo("I write notes on engines. Teaching Analysis Algebra"));
        Assert.That(site.Html("contact/index.html").QuerySelector("meta[name='description']")!.GetAttribute("content"), Is.EqualTo("How to reach Ada."));
        Assert.That(site.Exists("draft/index.html"), Is.False, "a draft is built only with --drafts");
        Assert.That(site.Read("sitemap.xml"), Does.Contain("<loc>https://example.org/site/about/</loc>").And.Contain("<loc>https://example.org/site/contact/</loc>"));
    }

    [TestCaseSource(nameof(Themes))]
    public void EveryPageShowsTheSameNavigationWithItsOwnEntryCurrent(string theme)
    {
        using var site = SiteWithPages();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var expected = new[] { "Publications", "Contact", "About me", "Topics" };
        foreach (var (path, current) in new[]
        {
            ("index.html", "Publications"), ("papers/engine/index.html", "Publications"), ("about/index.html", "About me"),
            ("contact/index.html", "Contact"), ("tags/index.html", "Topics"), ("tags/math/index.html", "Topics"),
        })
        {
            var navigation = Navigation(site.Html(path));
            Assert.That(navigation.Select(n => n.Label), Is.EqualTo(expected), path);
            Assert.That(navigation.Where(n => n.Current).Select(n => n.Label), Is.EqualTo(new[] { current }), path);
            foreach (var (label, href, _) in navigation)
            {
                var target = Path.GetFullPath(Path.Combine(site.OutputDirectory, Path.GetDirectoryName(path)!, href, href.EndsWith(".html", StringComparison.Ordinal) ? "" : "index.html"));
                Assert.That(File.Exists(target), Is.True, $"{path}: '{label}' leads to {href}");
            }
        }
    }

    [Test]
    public void TheMenuSetsOrderAndLabelsAndTakesLinksOfItsOwn()
    {
        using var site = SiteWithPages()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nmenu:\n  - about\n  - section: publications\n    label: Papers\n  - label: Blog\n    url: https://blog.example.org/\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var navigation = Navigation(site.Html("about/index.html"));
        Assert.That(navigation, Is.EqualTo(new[] { ("About me", "../about/", true), ("Papers", "../", false), ("Blog", "https://blog.example.org/", false) }));
    }

    [TestCase("menu:\n  - abuot\n", 6, "error: menu: the site has no section or page 'abuot' (did you mean 'about'?)")]
    [TestCase("menu:\n  - label: Slides\n    url: files/slides.pdf\n", 6, "error: menu entry 'Slides': the site has no 'files/slides.pdf'")]
    [TestCase("menu:\n  - url: https://blog.example.org/\n", 6, "error: the menu entry for 'https://blog.example.org/' needs a 'label'")]
    [TestCase("menu: about\n", 5, "error: 'menu' must be a list")]
    public void AMenuEntryThatLeadsNowhereIsAnErrorAtItsLine(string menu, int line, string message)
    {
        using var site = SiteWithPages().Write("site/scholarly.yml", TestSite.DefaultConfig + "\n" + menu);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Has.Some.StartsWith($"scholarly.yml:{line}: {message}"));
    }

    [Test]
    public void TwoPagesOfOneAddressAreAnError()
    {
        using var site = SiteWithPages().Write("site/pages/me.md", "---\ntitle: Me\nslug: about\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("pages/me.md:1: error: two pages would be /about/: pages/about.md has the same address"));
    }

    [Test]
    public void APageWhereTheSiteHasOneOfItsOwnIsAnError()
    {
        using var site = SiteWithPages().Write("site/pages/tags.md", "---\ntitle: Tags\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Has.Some.Contains("tags/index.html"));
    }
}
