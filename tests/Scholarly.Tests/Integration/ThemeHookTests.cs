using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// Scholar's base.html is a frame of hook partials (docs/themes.md): a theme or a site replaces one piece, the rest of
/// the page stays scholar's, and the built-in child themes have no base.html of their own.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ThemeHookTests
{
    private const string Paper = "title: Seeing\nauthors: [Ada Lovelace]\ndate: 2024-01-01\ntags: [Vision]";

    [Test]
    public void ASitesHeadExtraAddsItsTagsToTheHeadOfEveryPage()
    {
        using var site = new TestSite().Paper("seeing", Paper)
            .Write("site/layouts/partials/head-extra.html", "<link rel=\"stylesheet\" href=\"{{ relative_url \"extra.css\" }}\">\n")
            .Write("site/static/extra.css", "body { }\n");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelector("head link[rel=stylesheet][href='extra.css']"), Is.Not.Null);
        Assert.That(site.Html("papers/seeing/index.html").QuerySelector("head link[rel=stylesheet][href='../../extra.css']"), Is.Not.Null);
        Assert.That(site.Html("papers/seeing/index.html").QuerySelectorAll("head link[rel=stylesheet]").Length, Is.GreaterThan(1), "scholar's own stylesheet stays");
    }

    [Test]
    public void AChildThemeReplacingOnlyTheFooterKeepsScholarsHeaderAndPage()
    {
        using var site = new TestSite().Paper("seeing", Paper)
            .Write("site/themes/quiet/theme.yml", "name: quiet\nextends: scholar\n")
            .Write("site/themes/quiet/partials/site-footer.html", "<footer class=\"quiet\">Quietly built</footer>\n");

        Assert.That(site.Build(theme: "quiet").Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(home.QuerySelector("footer.quiet")?.TextContent, Is.EqualTo("Quietly built"));
        Assert.That(home.QuerySelectorAll("footer"), Has.Length.EqualTo(1));
        Assert.That(home.QuerySelector("header.topbar nav a[href='tags/']"), Is.Not.Null, "scholar's header");
        Assert.That(home.QuerySelector("main#main .card-title a")?.TextContent, Is.EqualTo("Seeing"));
    }

    [TestCase("minimal", ".column > header.masthead + main#main", "footer.colophon")]
    [TestCase("sidebar", ".layout > main#main.content", "main#main > footer.footer")]
    public void TheBuiltInChildThemesReplaceThePageBodyNotTheFrame(string theme, string structure, string footer)
    {
        using var site = new TestSite().Paper("seeing", Paper);

        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        Assert.That(File.Exists(Path.Combine(RepositoryPaths.Themes, theme, "layouts", "base.html")), Is.False);
        var page = site.Html("papers/seeing/index.html");
        Assert.That(page.QuerySelector(structure), Is.Not.Null);
        Assert.That(page.QuerySelector(footer), Is.Not.Null);
        Assert.That(page.QuerySelector("body > a.skip[href='#main']"), Is.Not.Null, "the frame is scholar's");
    }
}
