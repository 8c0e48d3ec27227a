using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// Each kind of bad input, through the command line as a user meets it: a message naming the file and line,
/// exit code 1, and the previous output left exactly as it was.
/// </summary>
public class BadInputTests
{
    private const string GoodPaper = "title: Good\nauthors: [A]\ndate: 2024-01-01\ntags: [x]";

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("papers/bad.md", "---\ntitle: [unclosed\nauthors: [A]\ndate: 2024-01-01\n---\n", "papers/bad.md:2", "invalid YAML")
            .SetName("MalformedYaml");
        yield return new TestCaseData("papers/bad.md", "---\ntitle: \"a\nauthors: [A]\n---\n", "papers/bad.md:", "invalid YAML")
            .SetName("UnterminatedQuote");
        yield return new TestCaseData("papers/bad.md", "---\nauthors: [A]\ndate: 2024-01-01\n---\n", "papers/bad.md:2", "'title' is required")
            .SetName("MissingTitle");
        yield return new TestCaseData("papers/bad.md", "---\ntitle: T\nauthors: [A]\n---\n", "papers/bad.md:2", "'date' is required")
            .SetName("MissingDate");
        yield return new TestCaseData("papers/bad.md", "---\ntitle: T\nauthors: [A]\ndate: 2024-02-30\n---\n", "papers/bad.md:4", "'date' is not a date: '2024-02-30'")
            .SetName("ImpossibleDate");
        yield return new TestCaseData("papers/bad.md", "title: T\n", "papers/bad.md:1:1", "expected front matter")
            .SetName("NoFrontMatter");
        yield return new TestCaseData("scholarly.yml", TestSite.DefaultConfig + "\ntheme: no-such-theme", "scholarly.yml:5", "unknown theme 'no-such-theme'")
            .SetName("UnknownTheme");
        yield return new TestCaseData("layouts/paper.html", "<h1>{{ paper.title </h1>", "layouts/paper.html:1:", "template syntax")
            .SetName("TemplateSyntaxError");
        yield return new TestCaseData("layouts/paper.html", "<h1>{{ paper.title }}</h1>\n{{ paper.venue | string.no_such_function }}", "layouts/paper.html:2:", "template")
            .SetName("TemplateRuntimeError");
        yield return new TestCaseData("papers/2024/good.md", "---\n" + GoodPaper + "\n---\n", "papers/2024/good.md:1", "duplicate slug 'good': papers/good.md")
            .SetName("DuplicateSlug");
        yield return new TestCaseData("static/index.html", "<p>mine</p>", "static/index.html", "two files would be written to 'index.html'")
            .SetName("StaticFileOverPage");
    }

    [TestCaseSource(nameof(Cases))]
    public void IsReportedWithFileAndLineAndLeavesTheOutputWhole(string file, string text, string where, string message)
    {
        using var site = new TestSite().Paper("good", GoodPaper);
        var first = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var before = OutputSnapshot.Take(site.OutputDirectory);

        site.Write("site/" + file, text);
        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        var errorLine = run.Error.Split('\n').FirstOrDefault(l => l.Contains(": error: ", StringComparison.Ordinal)) ?? "";
        Assert.That(errorLine, Does.StartWith(where), run.Error);
        Assert.That(errorLine, Does.Contain(message), run.Error);
        Assert.That(run.Error, Does.Contain("Build failed"));
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before), "the previous output is untouched");
        Assert.That(Directory.GetDirectories(site.Root).Select(Path.GetFileName), Is.SubsetOf(new[] { "site", "out", ".out.swap" }), "nothing but the output's second tree, when the failed build got that far");
    }

    [Test]
    public void AllErrorsOfABuildAreReportedTogetherSortedByFile()
    {
        using var site = new TestSite()
            .Paper("b", "title: B\nauthors: [A]\ndate: 20240101")
            .Paper("a", "authors: [A]\ndate: 2024-01-01");

        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        var errors = run.Error.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0], Does.StartWith("papers/a.md:2: error: 'title' is required"));
        Assert.That(errors[1], Does.StartWith("papers/b.md:4: error: 'date' is not a date"));
        Assert.That(Directory.Exists(site.OutputDirectory), Is.False, "nothing is written by a failed first build");
    }

    [Test]
    public void TheOutputFolderMayNotHoldTheSite()
    {
        using var site = new TestSite();

        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.Root);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("refusing to write the site"));
        Assert.That(File.Exists(Path.Combine(site.SiteDirectory, "profile.md")), Is.True);
    }

    [Test]
    public void TheCrawlerCatchesABrokenLink()
    {
        using var site = new TestSite()
            .Paper("p", GoodPaper)
            .Write("site/layouts/paper.html", "<a href=\"../missing/\">x</a><a href=\"../../#nowhere\">y</a>");

        Assert.That(site.Build().Succeeded, Is.True);

        var broken = SiteCrawler.BrokenReferences(site.OutputDirectory, "/site/");
        Assert.That(broken, Has.Count.EqualTo(2), string.Join("\n", broken));
        Assert.That(broken, Has.Some.Contains("no file papers/missing/index.html"));
        Assert.That(broken, Has.Some.Contains("no element with id 'nowhere'"));
    }
}
