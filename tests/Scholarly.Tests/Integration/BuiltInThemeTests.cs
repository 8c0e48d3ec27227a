using AngleSharp.Html.Parser;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>Every built-in theme builds the sample site and passes the same structural checks.</summary>
[TestFixtureSource(nameof(Themes))]
public class BuiltInThemeTests(string theme)
{
    public static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    private static readonly HtmlParser Parser = new();
    private string _output = "";

    [OneTimeSetUp]
    public void Build()
    {
        _output = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, _output, Theme: theme, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_output, recursive: true);

    [Test]
    public void EveryPaperAndTagPageIsWrittenAndLinkedFromItsIndex()
    {
        var slugs = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "papers"), "*.md").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.That(slugs.Select(s => File.Exists(Path.Combine(_output, "papers", s!, "index.html"))), Is.All.True);

        var home = Page("index.html");
        var linked = home.QuerySelectorAll("a[href^='papers/']").Select(a => a.GetAttribute("href")!.Split('/')[1]).Distinct();
        Assert.That(linked, Is.EquivalentTo(slugs));

        var index = Path.Combine(_output, "tags", "index.html");
        var tagPages = Page("tags/index.html").QuerySelectorAll("main a[href]")
            .Select(a => Path.GetRelativePath(_output, SiteCrawler.Resolve(index, a.GetAttribute("href")!).File))
            .Where(p => p.StartsWith("tags/", StringComparison.Ordinal) && p != "tags/index.html")
            .Distinct().ToList();
        Assert.That(tagPages, Has.Count.EqualTo(8));
        Assert.That(tagPages.Select(p => File.Exists(Path.Combine(_output, p))), Is.All.True);
    }

    [Test]
    public void EveryInternalLinkAndAssetResolves() =>
        Assert.That(SiteCrawler.BrokenReferences(_output), Is.Empty);

    [Test]
    public void ScholarlyCheckFindsNothingWrong()
    {
        var report = Scholarly.Checking.SiteChecker.Check(_output);

        Assert.That(report.Problems.Select(p => $"{p.Page}: {p.Message}"), Is.Empty);
        Assert.That(report.PagesChecked, Is.EqualTo(48));
    }

    [Test]
    public void NoStylesheetOrScriptComesFromAnotherHost()
    {
        foreach (var (path, document) in Pages())
        {
            var loaded = document.QuerySelectorAll("link[href], script[src], img[src], source[src], iframe[src]")
                .Where(e => e.LocalName != "link" || e.GetAttribute("rel") is not ("alternate" or "canonical"))
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
            Assert.That(loaded.Where(u => u.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || u.StartsWith("//", StringComparison.Ordinal)), Is.Empty, path);
        }

        foreach (var css in Directory.EnumerateFiles(_output, "*.css", SearchOption.AllDirectories))
        {
            Assert.That(File.ReadAllText(css), Does.Not.Match(@"url\(\s*['""]?(https?:)?//").And.Not.Contain("@import"), css);
        }
    }

    [Test]
    public void EveryPageHasExactlyOneH1AndATitle()
    {
        foreach (var (path, document) in Pages())
        {
            Assert.That(document.QuerySelectorAll("h1"), Has.Length.EqualTo(1), path);
            Assert.That(document.Title, Is.Not.Empty, path);
            Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"), path);
        }
    }

    [Test]
    public void EveryImageHasAlt()
    {
        foreach (var (path, document) in Pages())
        {
            Assert.That(document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt")), Is.Empty, path);
        }
    }

    [Test]
    public void ThePageOffersTheLightDarkToggle()
    {
        var home = Page("index.html");

        Assert.That(home.QuerySelector("[data-color-scheme-toggle]"), Is.Not.Null);
        Assert.That(home.Head!.QuerySelector("script:not([src])")!.TextContent, Does.Contain("localStorage"), "the remembered choice is applied before the first paint");
    }

    private AngleSharp.Dom.IDocument Page(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(_output, relative)));

    private IEnumerable<(string Path, AngleSharp.Dom.IDocument Document)> Pages() =>
        Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(_output, f), (AngleSharp.Dom.IDocument)Parser.ParseDocument(File.ReadAllText(f))));
}
