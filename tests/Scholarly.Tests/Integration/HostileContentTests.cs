using System.Xml.Linq;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>Content that tries to smuggle script or reach outside the site, and content that merely looks odd.</summary>
public class HostileContentTests
{
    [TestCase("/javascript:alert(1)", "starts with '/' before a scheme")]
    [TestCase("\\\\evil.example/x", "backslash")]
    [TestCase("//evil.example/x", "has no scheme")]
    [TestCase("data:text/html,<script>x</script>", "only http, https and mailto")]
    public void AProfileLinkThatCouldRunScriptIsRefused(string url, string reason)
    {
        using var site = new TestSite().Write("site/profile.md", $"---\nname: A\nlinks:\n  - label: X\n    url: \"{url.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        var error = result.Diagnostics.Single(d => d.IsError);
        Assert.That(error.File, Is.EqualTo("profile.md"));
        Assert.That(error.Line, Is.EqualTo(5));
        Assert.That(error.Message, Does.Contain(reason));
    }

    [Test]
    public void MarkdownLinksWithScriptSchemesLoseTheirAddressButKeepTheirText()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\nabstract: |\n  See [this](javascript:alert(1)), [that](data:text/html,x), ![img](vbscript:x) and <javascript:alert(2)>.", "[ok](https://example.org/) and [mail](mailto:a@example.org)");

        Assert.That(site.Build().Succeeded, Is.True);

        var page = site.Html("papers/p/index.html");
        var hrefs = page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();
        Assert.That(hrefs.Where(h => h.Contains(':', StringComparison.Ordinal) && !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith("mailto:", StringComparison.Ordinal)), Is.Empty);
        Assert.That(page.QuerySelector(".abstract-full")!.TextContent, Does.Contain("See this, that, img and"));
        Assert.That(hrefs, Does.Contain("https://example.org/").And.Contain("mailto:a@example.org"));
    }

    [Test]
    public void RelativeMarkdownLinksPointAtTheSiteRootFromEveryPageAndTheFeed()
    {
        using var site = new TestSite()
            .Write("site/static/files/a.pdf", "%PDF-1.4")
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [x]\nabstract: The [slides](files/a.pdf).");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelector(".card-abstract a")!.GetAttribute("href"), Is.EqualTo("files/a.pdf"));
        Assert.That(site.Html("tags/x/index.html").QuerySelector(".card-abstract a")!.GetAttribute("href"), Is.EqualTo("../../files/a.pdf"));
        Assert.That(site.Html("papers/p/index.html").QuerySelector(".abstract-full a")!.GetAttribute("href"), Is.EqualTo("../../files/a.pdf"));
        Assert.That(site.Read("feed.xml"), Does.Contain("href=\"https://example.org/site/files/a.pdf\""));
        Assert.That(SiteCrawler.BrokenReferences(site.OutputDirectory, "/site/"), Is.Empty);
    }

    [TestCase("2024. A Year in Review", "2024. A Year in Review")]
    [TestCase("# Sharp Minds", "# Sharp Minds")]
    [TestCase("- Dashing", "- Dashing")]
    [TestCase("> Quoted", "> Quoted")]
    [TestCase("A [linked](https://example.org) *title*", "A linked title")]
    public void TitlesStayOneLineOfTextWhateverTheyStartWith(string title, string shown)
    {
        using var site = new TestSite().Paper("p", $"title: \"{title}\"\nauthors: [A]\ndate: 2024-01-01");

        Assert.That(site.Build().Succeeded, Is.True);

        var heading = site.Html("index.html").QuerySelector(".card-title a")!;
        Assert.That(heading.TextContent, Is.EqualTo(shown));
        Assert.That(heading.QuerySelectorAll("ol, ul, h1, h2, blockquote, a, p"), Is.Empty);
    }

    [Test]
    public void ControlCharactersPastedFromAPdfDoNotBreakTheFeed()
    {
        using var site = new TestSite().Paper("p", "title: \"Form\\ffeed\"\nauthors: [A]\ndate: 2024-01-01\nabstract: \"Page\\fbreak\"");

        Assert.That(site.Build().Succeeded, Is.True);

        var feed = XDocument.Load(Path.Combine(site.OutputDirectory, "feed.xml"));
        Assert.That(feed.Descendants("item").Single().Element("title")!.Value, Is.EqualTo("Form feed"), "a form feed is white space, read as one");
    }

    [Test]
    public void AbsurdlyNestedMathOrMarkdownIsAnErrorOrTextNeverACrash()
    {
        using var site = new TestSite()
            .Paper("math", "title: M\nauthors: [A]\ndate: 2024-01-01\nabstract: \"$" + new string('{', 5000) + "x$\"")
            .Paper("quote", "title: Q\nauthors: [A]\ndate: 2024-01-01", new string('>', 20000) + " deep");

        var result = site.Build();

        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.File), Is.SubsetOf(new[] { "papers/quote.md" }));
    }

    [Test]
    public void TagsThatOnlyLookAlikeGetPagesOfTheirOwn()
    {
        using var site = new TestSite()
            .Paper("a", "title: A\nauthors: [A]\ndate: 2024-01-01\ntags: [C, C++, \"C#\", \"机器学习 2\", \"深度学习 2\"]");

        Assert.That(site.Build().Succeeded, Is.True);

        var tags = site.Html("tags/index.html").QuerySelectorAll(".tag-cloud a").Select(a => a.GetAttribute("href")!.Replace("../tags/", "", StringComparison.Ordinal)).ToList();
        Assert.That(tags, Has.Count.EqualTo(5));
        Assert.That(tags, Does.Contain("c/").And.Contain("c-plus-plus/").And.Contain("c-sharp/"));
        Assert.That(tags.Count(t => t.StartsWith("tag-", StringComparison.Ordinal)), Is.EqualTo(2), "names in other scripts get stable hashed addresses");
    }

    [Test]
    public void TwoTagNamesThatWouldShareAPageAreAnError()
    {
        using var site = new TestSite()
            .Paper("a", "title: A\nauthors: [A]\ndate: 2024-01-01\ntags: [deep learning]")
            .Paper("b", "title: B\nauthors: [A]\ndate: 2023-01-01\ntags: [deep-learning]");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).Message, Does.Contain("'deep-learning' and 'deep learning' (papers/a.md) would share the page tags/deep-learning/"));
    }

    [Test]
    public void AnOwnerWrittenInChineseIsHighlightedAndNoOneElse()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig.Replace("owner: Ada Lovelace", "owner: 张三", StringComparison.Ordinal))
            .Paper("p", "title: P\nauthors: [李四, 王五, 张三]\ndate: 2024-01-01");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll(".owner").Select(o => o.TextContent), Is.EqualTo(new[] { "张三" }));
    }

    [Test]
    public void TemplatesSeeTheBuildDateAsNow()
    {
        using var site = new TestSite().Write("site/layouts/tags.html", "<h1>{{ date.now | date.to_string \"%F\" }}</h1>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("tags/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("2026-06-01"));
    }
}
