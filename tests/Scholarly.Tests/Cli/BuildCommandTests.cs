using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

public class BuildCommandTests
{
    [Test]
    public void ASuccessfulBuildPrintsAOneLineSummary()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [x]");

        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out.Trim(), Does.Match(@"^Built 6 pages \(\d+ files\) into .+ in \d+ ms\.$"));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public void WarningsAreCountedInTheSummary()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\nvenu: X");

        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Error, Does.Contain("papers/p.md:5: warning: unknown key 'venu'"));
        Assert.That(run.Out, Does.Contain(", 1 warning."));
    }

    /// <summary>
    /// The tool carries UTC only: a layout that reads a time with its offset shows the same day wherever it is built
    /// (UTC+14 here would otherwise make it the next day), so a site builds to the same bytes on every machine.
    /// </summary>
    [TestCase("Pacific/Kiritimati")]
    [TestCase("America/Los_Angeles")]
    public void APageIsTheSameInEveryTimeZone(string zone)
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01")
            .Write("site/layouts/paper.html", "<p>{{ \"2024-05-01T23:30:00Z\" | date.parse | date.to_string \"%F %H:%M\" }}</p>");

        var run = CliProcess.Run(site.Root, new Dictionary<string, string?> { ["TZ"] = zone }, "build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(site.Html("papers/p/index.html").QuerySelector("main p")?.TextContent, Is.EqualTo("2024-05-01 23:30"));
    }

    [TestCase("build", "--no-such-option")]
    [TestCase("no-such-command")]
    [TestCase("build", "--source")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        Assert.That(CliRun.Of(args).ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void ThemeAndBaseUrlCanBeGivenOnTheCommandLine()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01")
            .Write("site/themes/plain/theme.yml", "extends: scholar\n")
            .Write("site/themes/plain/layouts/home.html", "<p class=\"plain\">{{ site.papers.size }}</p>");

        var run = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory, "--theme", "plain", "--base-url", "https://someone.github.io/pages");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(site.Html("index.html").QuerySelector("p.plain")!.TextContent, Is.EqualTo("1"));
        Assert.That(site.Read("feed.xml"), Does.Contain("<link>https://someone.github.io/pages/papers/p/</link>"));
    }

    [Test]
    public void ABadBaseUrlOnTheCommandLineIsAnError()
    {
        using var site = new TestSite();

        var run = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory, "--base-url", "someone.github.io");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.StartWith("--base-url: error:"));
    }

    [Test]
    public void QuietPrintsOnlyProblemsAndKeepsTheExitCode()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");

        var ok = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory, "--quiet");
        Assert.That((ok.ExitCode, ok.Out, ok.Error), Is.EqualTo((0, "", "")));

        site.Paper("p", "title: P\nauthors: [A]\ndate: never");
        var failed = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory, "--quiet");
        Assert.That(failed.ExitCode, Is.EqualTo(1));
        Assert.That(failed.Out, Is.Empty);
        Assert.That(failed.Error, Does.StartWith("papers/p.md:4: error:"));
    }

    [Test]
    public void VerbosePrintsHowLongEachPhaseTook()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");

        var run = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory, "--verbose");

        Assert.That(run.Out, Does.Match(@"(?m)^  load +\d+ ms$").And.Match(@"(?m)^  render and write +\d+ ms$").And.Match(@"(?m)^  publish +\d+ ms$"));
    }
}
