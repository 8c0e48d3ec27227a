using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>Inputs found to break things once; each stays fixed.</summary>
public class EdgeCaseTests
{
    private const string Paper = "title: P\nauthors: [A]\ndate: 2024-01-01";

    [TestCase("scholar")]
    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void APaperWithoutAnAbstractHasNoEmptyAbstractSection(string theme)
    {
        using var site = new TestSite().Paper("p", Paper);
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var page = site.Html("papers/p/index.html");
        Assert.That(page.QuerySelectorAll("h2").Select(h => h.TextContent), Has.None.EqualTo("Abstract"));
        Assert.That(site.Html("index.html").QuerySelectorAll(".card-abstract"), Is.Empty);
    }

    [Test]
    public void ARebuildNeitherFollowsNorDeletesLinksInTheOutput()
    {
        using var site = new TestSite().Paper("p", Paper).Write("victim/thesis.tex", "precious");
        Assert.That(site.Build().Succeeded, Is.True);
        File.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "mydocs"), Path.Combine(site.Root, "victim"));

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(File.ReadAllText(Path.Combine(site.Root, "victim", "thesis.tex")), Is.EqualTo("precious"));
    }

    [Test]
    public void BibtexExportsCannotBeBrokenOutOfByATitleOrAnArxivLink()
    {
        using var site = new TestSite().Paper("p", "title: \"A $x},note={pwned$ B\"\nauthors: [A]\ndate: 2024-01-01\nlinks:\n  arxiv: \"https://arxiv.org/abs/2101.0001}x\"");
        Assert.That(site.Build().Succeeded, Is.True);

        var entry = BibtexParser.Parse(Path.Combine(site.OutputDirectory, "papers/p/cite.bib")).Single();
        Assert.That(entry.Title, Does.Contain("pwned"), "the text stays inside the title");
        Assert.That(site.Read("papers/p/cite.bib"), Does.Not.Contain("eprint"));
        Assert.That(site.Read("papers/p/cite.ris"), Does.EndWith("ER  - \r\n"));
    }

    [Test]
    public void AnEntryTypeThatIsNotAWordIsAnError()
    {
        using var site = new TestSite().Paper("p", Paper + "\ntype: \"misc}\"");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).Message, Does.Contain("'type' must be a BibTeX entry type"));
    }

    [TestCase("red;} body{display:none")]
    [TestCase("red;}</style><script>alert(1)</script>")]
    public void AnAccentThatIsNotAColourIsIgnored(string accent)
    {
        using var site = new TestSite().Write("site/scholarly.yml", TestSite.DefaultConfig + $"\nparams:\n  accent: \"{accent.Replace("\"", "\\\"", StringComparison.Ordinal)}\"").Paper("p", Paper);

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").Head!.QuerySelector("style"), Is.Null);
    }

    [Test]
    public void OddValuesAreDiagnosticsNotCrashes()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nlanguage: \"en\\u0001\"")
            .Paper("p", Paper + "\nlinks:\n  \"\": https://example.org/");

        var result = site.Build();

        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Message), Has.Some.Contains("'language' must be a language tag").And.Some.Contains("a link needs a name"));
    }

    [Test]
    public void HugeCitationCountsDoNotOverflow()
    {
        using var site = new TestSite().Paper("a", Paper + "\ncitations: 2000000000").Paper("b", "title: B\nauthors: [A]\ndate: 2023-01-01\ncitations: 2000000000");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll(".metric dd").Select(d => d.TextContent), Does.Contain("4000000000"));
    }

    [Test]
    public void ATagNamedLikeAFileOfTheSiteIsAnError()
    {
        using var site = new TestSite().Paper("p", Paper + "\ntags: [index.html]");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).Message, Does.Contain("'tags/index.html' is a file here, but the site needs a folder"));
    }

    [Test]
    public void TemplatesCannotChangeScribansSharedFunctions()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/layouts/paper.html", "{{ date.format = \"%Y\" }}");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.First(d => d.IsError).File, Is.EqualTo("layouts/paper.html"));
    }

    [Test]
    public void CheckRefusesAFolderWithoutPagesAndSurvivesStrangeAddresses()
    {
        using var site = new TestSite().Write("pages/index.html", "<!DOCTYPE html><title>T</title><meta name=description content=d><a href=\"%00\">x</a>");

        Assert.That(CliRun.Of("check", site.SiteDirectory).Error, Does.Contain("no HTML pages here"));
        var run = CliRun.Of("check", Path.Combine(site.Root, "pages"));
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain("control character"));
    }

    [Test]
    public void ANewSiteForAnyNameBuilds()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "s");

        Assert.That(CliRun.Of("new", folder, "--name", "O'Brien: \"Pat\" #1 [x]").ExitCode, Is.EqualTo(0));
        var build = CliRun.Of("build", "-s", folder, "-o", Path.Combine(temp.Root, "out"));

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Error);
        Assert.That(File.ReadAllText(Path.Combine(temp.Root, "out", "index.html")), Does.Contain("O&#39;Brien: &quot;Pat&quot; #1 [x]"));
        Assert.That(File.ReadAllText(Path.Combine(folder, ".github", "workflows", "pages.yml")), Does.Contain("dotnet tool restore"), "the workflow builds with the pinned tool");
    }

    [Test]
    public void ServeWantsASiteFolder()
    {
        using var temp = new TestSite();

        var run = CliRun.Of("serve", "--source", Path.Combine(temp.Root, "nothing"), "--port", "1");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("no scholarly.yml here"));
    }
}
