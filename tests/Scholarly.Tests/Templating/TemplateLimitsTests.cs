using Scholarly.Tests.Support;

namespace Scholarly.Tests.Templating;

/// <summary>A template that runs away or changes shared data is an error at its line; it never hangs or corrupts a build.</summary>
public class TemplateLimitsTests
{
    private const string Paper = "title: P\nauthors: [A, B]\ndate: 2024-01-01\ntags: [x]";

    [TestCase("{{ while true }}{{ end }}", "layouts/home.html:1:4", "iteration limit")]
    [TestCase("{{ for i in 1..100000000 }}{{ end }}", "layouts/home.html:1:14", "exceeds LoopLimit")]
    [TestCase("{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}", "layouts/home.html:1:28", "iteration limit")]
    [TestCase("{{ func f(x)\n ret f(x)\nend }}{{ f(1) }}", "layouts/home.html:2:6", "recursive depth limit")]
    public void ARunawayLoopOrRecursionStopsWithAnErrorAtItsLine(string template, string where, string message)
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/layouts/home.html", template);

        var build = Task.Run(() => site.Build());

        Assert.That(build.Wait(TimeSpan.FromSeconds(60)), Is.True, "the build ends");
        var error = build.Result.Diagnostics.Single(d => d.IsError).ToString();
        Assert.That(error, Does.StartWith(where).And.Contain(message));
    }

    [Test]
    public void ThePageTimeoutStopsWhatTheLoopBudgetDoesNot()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/layouts/home.html", "{{ for i in 1..900000 }}{{ x = 'A' * 2000 | string.size }}{{ end }}");

        var result = SiteBuilder.Build(new BuildOptions(site.SiteDirectory, site.OutputDirectory, BuiltInThemesDirectory: RepositoryPaths.Themes) { PageTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.That(result.Succeeded, Is.False);
        // On a busy machine another page may run out of its 0.1 s too; the home page's loop must be among them.
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()),
            Has.Some.Matches<string>(e => e.StartsWith("layouts/home.html:1:", StringComparison.Ordinal)
                && e.Contains("rendering the home page took longer than 0.1 s and was stopped", StringComparison.Ordinal)));
    }

    [Test]
    public void TheLoopBudgetIsEnoughForABigSite()
    {
        using var site = new TestSite();
        for (var i = 0; i < 1500; i++)
        {
            site.Paper($"p{i}", $"title: Paper {i}\nauthors: [A, B, C, D]\ndate: 2024-01-01\ntags: [t{i % 40}, all]");
        }

        // Loops nested three deep over every paper, its authors and its tags: what a generous theme does.
        site.Write("site/layouts/home.html", "{{ for p in site.papers }}{{ for a in p.authors }}{{ for t in p.tags }}.{{ end }}{{ end }}{{ end }}");

        Assert.That(site.Build().Succeeded, Is.True);
    }

    [TestCase("{{ site.papers[0] = 1 }}")]
    [TestCase("{{ site.papers[0].authors[0] = 'x' }}")]
    [TestCase("{{ site.tags[0].papers[0] = 1 }}")]
    [TestCase("{{ x = site.papers; x[0] = 1 }}")]
    [TestCase("{{ site.title = 'x' }}")]
    [TestCase("{{ site.papers[0].title = 'x' }}")]
    [TestCase("{{ site.params.x = 1 }}")]
    [TestCase("{{ page.feeds[0] = 1 }}")]
    public void AnAssignmentIntoTheModelIsAnErrorAtItsLine(string template)
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/layouts/home.html", "\n" + template);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith("layouts/home.html:2:").And.Contain("read").IgnoreCase);
    }
}
