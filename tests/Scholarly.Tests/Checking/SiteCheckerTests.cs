using Scholarly.Tests.Support;

namespace Scholarly.Tests.Checking;

public class SiteCheckerTests
{
    [Test]
    public void TheSampleSiteChecksClean()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, "sample");
        Assert.That(SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);

        var run = CliRun.Of("check", output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Out);
        Assert.That(run.Out.Trim(), Does.Match(@"^No problems in .+/sample: 48 pages and \d+ links checked\.$"));
    }

    [Test]
    public void ASiteUnderASubpathWithRootRelativeLinksChecksClean()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig.Replace("owner:", "relative_links: false\nowner:", StringComparison.Ordinal))
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [x]");
        Assert.That(site.Build().Succeeded, Is.True);

        var run = CliRun.Of("check", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Out);
    }

    [Test]
    public void ADeliberatelyBrokenSiteIsCaughtAndReportedByPage()
    {
        using var site = new TestSite();
        site.Write("broken/index.html", """
            <!DOCTYPE html><html><head><title>Home</title><meta name="description" content="d">
            <link rel="stylesheet" href="assets/gone.css"></head>
            <body><a href="papers/missing/">x</a><a href="#nowhere">y</a><a href="about.html#team">z</a>
            <img src="logo.png"><p id="a"></p><p id="a"></p><a href="https://example.org/">ok</a></body></html>
            """);
        site.Write("broken/about.html", "<!DOCTYPE html><html><head></head><body><h1 id=\"people\">About</h1></body></html>");
        site.Write("broken/logo.png", "png");
        site.Write("broken/feed.xml", "<rss version=\"2.0\"><channel><item><title>t</title></item></channel>");
        site.Write("broken/sitemap.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>relative/</loc></url></urlset>");

        var run = CliRun.Of("check", Path.Combine(site.Root, "broken"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        var report = run.Out;
        Assert.That(report, Does.Contain("index.html\n"));
        Assert.That(report, Does.Contain("  missing asset: assets/gone.css (no file assets/gone.css)"));
        Assert.That(report, Does.Contain("  broken link: papers/missing/ (no file papers/missing/index.html)"));
        Assert.That(report, Does.Contain("  broken link: #nowhere (no element with id 'nowhere' in index.html)"));
        Assert.That(report, Does.Contain("  broken link: about.html#team (no element with id 'team' in about.html)"));
        Assert.That(report, Does.Contain("  image without alt text: logo.png"));
        Assert.That(report, Does.Contain("  duplicate id 'a' (2 elements)"));
        Assert.That(report, Does.Contain("about.html\n  no <title>\n  no meta description"));
        Assert.That(report, Does.Contain("feed.xml\n  not well-formed XML"));
        Assert.That(report, Does.Contain("sitemap.xml\n  sitemap location is not an absolute address: 'relative/'"));
        Assert.That(report, Does.Contain("10 problems in 4 files"));
    }

    [Test]
    public void AMissingFolderIsAnError()
    {
        var run = CliRun.Of("check", "/nonexistent/site");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("no such folder"));
    }
}
