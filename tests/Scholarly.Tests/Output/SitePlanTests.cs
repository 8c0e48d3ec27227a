using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Output;
using Scholarly.Pages;
using Scholarly.Tests.Support;
using Scholarly.Themes;

namespace Scholarly.Tests.Output;

/// <summary>
/// The plan is the site: every file a build writes is one of its jobs, and each job says what it is made from, which
/// is what a rebuild will use to remake only what an edit touches.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SitePlanTests
{
    [Test]
    public void EveryFileTheBuildWritesIsAJobOfThePlanAndNothingElse()
    {
        using var site = Sample();

        var plan = PlanOf(site);
        Assert.That(site.Build().Succeeded, Is.True);

        var written = Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.OutputDirectory, file).Replace('\\', '/'))
            .Where(file => file != SiteLayout.OutputMarkerFile);
        Assert.That(plan.Jobs.Select(job => job.Path), Is.EquivalentTo(written));
        Assert.That(plan.Jobs.Select(job => job.Path), Does.Contain("CNAME").And.Contain("cv.pdf").And.Contain("assets/style.css")
            .And.Contain("publications.bib").And.Contain("sitemap.xml").And.Contain("robots.txt").And.Contain("tags/vision/atom.xml"));
    }

    [Test]
    public void APaperPageDependsOnItsFileTheProfileAndItsLayoutInTheTheme()
    {
        using var site = Sample();

        var page = Job<PageOutput>(PlanOf(site), "papers/seeing/index.html");

        // Every page's navigation lists the free pages, so every page reads pages/.
        Assert.That(page.Inputs.Files, Is.EquivalentTo((string[])["profile.md", .. JobInputs.Navigation, "papers/seeing.md"]));
        Assert.That(page.Inputs.Templates, Is.EqualTo(new[] { "paper" }));
        Assert.That(page.Inputs.ConfigKeys, Is.EqualTo(new[] { JobInputs.EveryKey }));
    }

    [Test]
    public void TheHomePageDependsOnEveryPaperATagPageOnlyOnItsOwn()
    {
        using var site = Sample();
        var plan = PlanOf(site);

        Assert.That(Job<PageOutput>(plan, "index.html").Inputs.Files, Is.EquivalentTo((string[])["profile.md", .. JobInputs.Navigation, JobInputs.EveryPaper]));
        Assert.That(Job<PageOutput>(plan, "tags/vision/index.html").Inputs.Files, Is.EquivalentTo((string[])["profile.md", .. JobInputs.Navigation, "papers/seeing.md"]));
        Assert.That(Job<PageOutput>(plan, "tags/index.html").Inputs.Templates, Is.EqualTo(new[] { "tags" }));
    }

    [Test]
    public void OutputsMadeWithoutATemplateNameTheirFilesAndConfigKeys()
    {
        using var site = Sample();
        var plan = PlanOf(site);

        var tagFeed = Job<GeneratedOutput>(plan, "tags/vision/feed.xml").Inputs;
        Assert.That(tagFeed.Files, Is.EquivalentTo(new[] { "profile.md", "papers/seeing.md" }));
        Assert.That(tagFeed.ConfigKeys, Does.Contain("feed").And.Contain("base_url"));
        Assert.That(tagFeed.Templates, Is.Empty);
        Assert.That(Job<GeneratedOutput>(plan, "papers/seeing/cite.ris").Inputs.Files, Is.EqualTo(new[] { "papers/seeing.md" }));
        Assert.That(Job<GeneratedOutput>(plan, "papers/seeing/cite.bib").Inputs.Files, Does.Contain(JobInputs.EveryPaper), "a citation key is unique across papers");
        Assert.That(Job<GeneratedOutput>(plan, "CNAME").Inputs.ConfigKeys, Is.EqualTo(new[] { "cname" }));
        Assert.That(Job<CopyOutput>(plan, "cv.pdf").Inputs.Files, Is.EqualTo(new[] { "static/cv.pdf" }));
        Assert.That(Job<CopyOutput>(plan, "assets/style.css").Inputs.ThemeFiles, Is.EqualTo(new[] { "assets/style.css" }));
    }

    [Test]
    public void ASiteNoJekyllFileReplacesTheGeneratedOne()
    {
        using var site = Sample().Write("site/static/.nojekyll", "mine\n");

        var jobs = PlanOf(site).Jobs.Where(job => job.Path == ".nojekyll").ToList();

        Assert.That(jobs, Has.Count.EqualTo(1));
        Assert.That(jobs[0], Is.TypeOf<CopyOutput>());
    }

    [Test]
    public void TwoOutputsAtOnePathStopThePlanWithAnErrorNamingTheStaticFile()
    {
        using var site = Sample().Write("site/static/feed.xml", "<rss/>");
        var diagnostics = new DiagnosticBag();

        var plan = TryPlan(site, diagnostics);

        Assert.That(plan, Is.Null);
        Assert.That(diagnostics.Sorted().Select(d => $"{d.File}: {d.Message}"), Has.Some.StartsWith("static/feed.xml: two files would be written to 'feed.xml'"));
    }

    private static TestSite Sample() => new TestSite()
        .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ncname: www.example.org\n")
        .Paper("seeing", "title: Seeing\nauthors: [Ada Lovelace]\ndate: 2024-01-01\ntags: [Vision]")
        .Paper("counting", "title: Counting\nauthors: [Ada Lovelace]\ndate: 2023-01-01\ntags: [Numbers]");

    private static T Job<T>(SitePlan plan, string path)
        where T : OutputJob =>
        plan.Jobs.OfType<T>().Single(job => job.Path == path);

    private static SitePlan PlanOf(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var plan = TryPlan(site, diagnostics);
        Assert.That(plan, Is.Not.Null, string.Join("\n", diagnostics.Sorted().Select(d => d.Message)));
        return plan!;
    }

    private static SitePlan? TryPlan(TestSite site, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(site.SiteDirectory, diagnostics)!;
        var theme = new ThemeLocator(site.SiteDirectory, RepositoryPaths.Themes).Locate(config.Theme, config.SourceFile, config.ThemeLine, diagnostics)!;
        var content = ContentLoader.Load(site.SiteDirectory, new MarkdownRenderer(), diagnostics, parallel: false, PaperStore.None())!;
        var assembled = SiteAssembler.Assemble(config, content, includeDrafts: false, diagnostics)!;
        return SitePlan.Make(assembled, theme, site.SiteDirectory, diagnostics);
    }
}
