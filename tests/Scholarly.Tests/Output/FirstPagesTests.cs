using Scholarly.Output;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Output;

/// <summary>
/// What a live server's rebuild makes first and how it stops: the pages of an edited paper, in order of how many
/// papers they show, and a rebuild stopped by a newer change publishes nothing.
/// </summary>
public class FirstPagesTests
{
    private const string Paper = "title: First Title\nauthors: [A]\ndate: 2024-01-01\ntags: [x]";

    [Test]
    public void AnEditedPapersPagesComeFirstItsOwnThenItsListsThenTheHome()
    {
        using var site = new TestSite().Paper("p", Paper).Paper("q", Paper.Replace("First Title", "Other", StringComparison.Ordinal));
        site.Build();
        site.Paper("p", Paper.Replace("First Title", "Edited Title", StringComparison.Ordinal));

        var ready = new List<(string Path, string Html)>();
        var result = SiteBuilder.Build(Options(site) with { First = new FirstPages(new HashSet<string> { "papers/p.md" }, (path, html) => { lock (ready) { ready.Add((path, html)); } }) });

        Assert.That(result.Succeeded, Is.True);
        var paths = ready.Select(page => page.Path).ToList();
        Assert.That(paths[0], Is.EqualTo("papers/p/index.html"), "its own page before any list of it");
        Assert.That(paths, Does.Contain("tags/x/index.html").And.Contain("index.html").And.Not.Contain("papers/q/index.html"));
        Assert.That(paths.IndexOf("tags/x/index.html"), Is.LessThan(paths.IndexOf("index.html")), "a tag's page, made from its papers, before the home page, made from all");
        foreach (var (path, html) in ready)
        {
            Assert.That(html, Is.EqualTo(File.ReadAllText(Path.Combine(site.OutputDirectory, path))), $"{path} made first is the page published");
        }
    }

    [Test]
    public void ARebuildStoppedByANewerChangePublishesNothingAndTheNextPublishesAll()
    {
        using var site = new TestSite().Paper("p", Paper);
        site.Build();
        var before = OutputSnapshot.Take(site.OutputDirectory);
        site.Paper("p", Paper.Replace("First Title", "Edited Title", StringComparison.Ordinal));

        // Stopped once its first page is made, as a newer save stops it in serve.
        using var newer = new CancellationTokenSource();
        var stopped = Options(site) with { First = new FirstPages(new HashSet<string> { "papers/p.md" }, (_, _) => newer.Cancel()), Cancel = newer.Token };

        Assert.Throws<OperationCanceledException>(() => SiteBuilder.Build(stopped));
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before), "the published site is as it was");
        Assert.That(SiteBuilder.Build(Options(site)).Succeeded, Is.True);
        Assert.That(site.Html("papers/p/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("Edited Title"));
    }

    [Test]
    public void ANewerChangeStopsAPageInTheMiddleOfItsRenderNotAfterIt()
    {
        // Without the cache, as serve renders every page. A home page that takes a while (a second), as a list of 10,000 papers does (half a second).
        using var site = new TestSite().Paper("p", Paper).Write("site/layouts/home.html", "{{ for i in 1..900 }}{{ for j in 1..1000 }}{{ x = j | math.format \"0.00\" }}{{ end }}{{ end }}");
        Assert.That(SiteBuilder.Build(Options(site) with { UseCache = false }).Succeeded, Is.True);
        var whole = System.Diagnostics.Stopwatch.StartNew();
        Assert.That(SiteBuilder.Build(Options(site) with { UseCache = false }).Succeeded, Is.True, "a second build, as long as the one to stop");
        whole.Stop();
        var before = OutputSnapshot.Take(site.OutputDirectory);

        using var newer = new CancellationTokenSource();
        var stopped = System.Diagnostics.Stopwatch.StartNew();
        newer.CancelAfter(whole.Elapsed / 10);
        Assert.Throws<OperationCanceledException>(() => SiteBuilder.Build(Options(site) with { UseCache = false, Cancel = newer.Token }));
        stopped.Stop();

        // A liveness check, not a timing: without the stop in the render, the build ran the whole loop first.
        Assert.That(stopped.Elapsed, Is.LessThan(whole.Elapsed / 2), $"stopped after {stopped.Elapsed.TotalMilliseconds:0} ms of a {whole.Elapsed.TotalMilliseconds:0} ms build");
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before));
    }

    private static BuildOptions Options(TestSite site) => new(site.SiteDirectory, site.OutputDirectory, BuiltInThemesDirectory: RepositoryPaths.Themes);
}
