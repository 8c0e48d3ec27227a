using Scholarly.Tests.Support;

namespace Scholarly.Tests.Templating;

/// <summary>Themes, overrides and template errors, through whole builds.</summary>
public class TemplateTests
{
    private const string OnePaper = "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [x]";

    [Test]
    public void UserTextIsEscapedEverywhere()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ndescription: 'Say \"hi\" <b>'")
            .Paper("xss", "title: \"<script>alert('t')</script> & Co\"\nauthors: [\"<img src=x onerror=alert(1)>\"]\ndate: 2024-01-01\ntags: [\"<i>tag</i>\"]\nvenue: \"\\\"><script>v</script>\"");

        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var page in new[] { "index.html", "papers/xss/index.html", "tags/index.html", "tags/i-tag-i/index.html" })
        {
            var document = site.Html(page);
            var scripts = document.QuerySelectorAll("script").ToList();
            string[] themeScripts = ["assets/color-scheme.js", "assets/cite.js", "assets/search.js", "assets/paper-filter.js"];
            Assert.That(scripts.Where(e => e.GetAttribute("src") is { } src && !themeScripts.Any(theirs => src.EndsWith(theirs, StringComparison.Ordinal))), Is.Empty, page);
            Assert.That(scripts.Where(e => e.GetAttribute("src") is null && e.GetAttribute("type") != "application/ld+json" && !e.TextContent.StartsWith("try{var s=localStorage", StringComparison.Ordinal)), Is.Empty, page);
            foreach (var jsonLd in scripts.Where(e => e.GetAttribute("type") == "application/ld+json"))
            {
                Assert.That(() => System.Text.Json.JsonDocument.Parse(jsonLd.TextContent), Throws.Nothing, page);
            }
            Assert.That(document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)), Is.Empty, page);
            Assert.That(document.QuerySelectorAll("img, i, b"), Is.Empty, page);
        }

        var paper = site.Html("papers/xss/index.html");
        Assert.That(paper.QuerySelector("h1")!.TextContent, Is.EqualTo("<script>alert('t')</script> & Co"));
        var article = System.Text.Json.JsonDocument.Parse(paper.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.That(article.GetProperty("name").GetString(), Is.EqualTo("<script>alert('t')</script> & Co"), "JSON-LD carries the title intact");
        Assert.That(paper.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"), Is.EqualTo("<script>alert('t')</script> & Co"));
        Assert.That(paper.QuerySelector("meta[name=citation_author]")!.GetAttribute("content"), Is.EqualTo("<img src=x onerror=alert(1)>"));
        Assert.That(paper.Title, Does.StartWith("<script>alert('t')</script> & Co"));
        Assert.That(site.Html("index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"), Is.EqualTo("Say \"hi\" <b>"));
    }

    [Test]
    public void ASitePartialOverridesTheTheme()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/layouts/partials/paper-card.html", "<article class=\"mine\">{{ paper.title }}</article>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelector("article.mine")!.TextContent, Is.EqualTo("P"));
        Assert.That(site.Html("index.html").QuerySelectorAll("article.card"), Is.Empty);
    }

    [Test]
    public void ASiteLayoutOverridesTheTheme()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/layouts/paper.html", "<h1 class=\"custom\">{{ paper.title }} ({{ paper.date_iso }})</h1>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("papers/p/index.html").QuerySelector("h1.custom")!.TextContent, Is.EqualTo("P (2024-01-01)"));
        Assert.That(site.Html("index.html").QuerySelectorAll("article.card"), Has.Length.EqualTo(1));
    }

    [Test]
    public void ASiteThemeIsFoundBesideTheConfigAndMayExtendABuiltInOne()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/themes/mine/theme.yml", "name: mine\nextends: scholar\n")
            .Write("site/themes/mine/partials/category-badge.html", "<span class=\"mine-badge\">{{ paper.date_iso }}</span>");

        Assert.That(site.Build(theme: "mine").Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelector(".mine-badge")!.TextContent, Is.EqualTo("2024-01-01"));
        Assert.That(site.Exists("assets/style.css"), Is.True);
    }

    [Test]
    public void AnUnknownThemeNamesTheConfigLineAndTheAvailableThemes()
    {
        using var site = new TestSite().Write("site/scholarly.yml", TestSite.DefaultConfig + "\ntheme: nope");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        var error = result.Diagnostics.Single(d => d.IsError);
        Assert.That(error.File, Is.EqualTo("scholarly.yml"));
        Assert.That(error.Line, Is.EqualTo(5));
        Assert.That(error.Message, Does.Contain("unknown theme 'nope'").And.Contain("scholar"));
    }

    [Test]
    public void ACycleInExtendsIsAnErrorNamingTheChain()
    {
        using var site = new TestSite()
            .Write("site/themes/a/theme.yml", "extends: b\n")
            .Write("site/themes/b/theme.yml", "extends: a\n");

        var result = site.Build(theme: "a");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).Message, Does.Contain("a → b → a"));
    }

    [Test]
    public void ASyntaxErrorNamesTheTemplateAndLine()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/layouts/paper.html", "<h1>\n{{ paper.title\n</h1>");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.That(error.File, Is.EqualTo("layouts/paper.html"));
        Assert.That(error.Line, Is.InRange(2, 3));
        Assert.That(error.Message, Does.StartWith("template syntax"));
    }

    [Test]
    public void AnUnknownMemberIsAnErrorNotABlank()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/layouts/paper.html", "<h1>{{ paper.title }}</h1>\n<p>{{ paper.titel }}</p>");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.That(error.ToString(), Does.StartWith("layouts/paper.html:2:"));
        Assert.That(error.Message, Does.Contain("titel"));
    }

    [Test]
    public void AMissingPartialListsEveryPathTried()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/layouts/paper.html", "{{ include \"nothing-here\" }}");

        var result = site.Build();

        var error = result.Diagnostics.First(d => d.IsError);
        Assert.That(error.File, Is.EqualTo("layouts/paper.html"));
        Assert.That(error.Line, Is.EqualTo(1));
        Assert.That(error.Message, Does.Contain("partial 'nothing-here' not found")
            .And.Contain("layouts/partials/nothing-here.html")
            .And.Contain("scholar/partials/nothing-here.html"));
    }

    [Test]
    public void TemplatesCannotChangeTheSharedModel()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper)
            .Write("site/layouts/paper.html", "{{ paper.title = \"changed\" }}");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.First(d => d.IsError).File, Is.EqualTo("layouts/paper.html"));
    }

    [Test]
    public void LinksAreRootRelativeUnderTheBasePathWhenAsked()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig.Replace("owner:", "relative_links: false\nowner:", StringComparison.Ordinal))
            .Paper("p", OnePaper);

        Assert.That(site.Build().Succeeded, Is.True);

        var paper = site.Html("papers/p/index.html");
        Assert.That(paper.QuerySelector(".chips a")!.GetAttribute("href"), Is.EqualTo("/site/tags/x/"));
        Assert.That(paper.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), Is.EqualTo("/site/assets/style.css"));
        Assert.That(site.Html("tags/x/index.html").QuerySelector(".card-title a")!.GetAttribute("href"), Is.EqualTo("/site/papers/p/"));
    }

    [Test]
    public void HtmlPrintedAfterIndentationKeepsItsOwnLines()
    {
        using var site = new TestSite()
            .Paper("p", OnePaper, "```\nline one\n  line two\n```\n")
            .Write("site/layouts/paper.html", "<h1>T</h1>\n<div>\n        {{ paper.notes }}\n</div>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("papers/p/index.html").QuerySelector("pre code")!.TextContent, Is.EqualTo("line one\n  line two\n"));
    }
}
