using Scholarly.Content;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Content;

/// <summary>
/// serve's rebuilds read again only the papers whose files changed, and build exactly what a build reading every
/// file builds: what a kept paper reported is reported again, and an edit, a new file and a removed one all show.
/// </summary>
public class PaperReadCacheTests
{
    private static string Paper(string title, int day) => $"title: {title}\nauthors: [A]\ndate: 2024-01-0{day}\ntags: [x]";

    [Test]
    public void ARebuildReadsOnlyTheEditedPaperAndBuildsWhatAFullReadBuilds()
    {
        using var site = new TestSite();
        for (var i = 1; i <= 3; i++)
        {
            site.Paper($"p{i}", Paper($"Paper {i}", i) + (i == 2 ? "\nvenu: Typo" : ""));
        }

        Age(site);
        var cache = new PaperReadCache();
        var first = Build(site, cache);
        Assert.That(first.Succeeded, Is.True);
        Assert.That(cache.FilesRead, Is.EqualTo(3));

        site.Paper("p1", Paper("Edited Paper", 1));
        var second = Build(site, cache);

        Assert.That(cache.FilesRead, Is.EqualTo(4), "the edited file alone is read again");
        Assert.That(site.Html("papers/p1/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("Edited Paper"));
        Assert.That(second.Diagnostics.Select(d => d.ToString()), Has.Some.Contains("papers/p2.md:6: warning: unknown key 'venu'"), "a kept paper's warning is reported again");
        var cached = OutputSnapshot.Take(site.OutputDirectory);
        site.Build();
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(cached), "the same bytes as a build that reads every file");
    }

    [Test]
    public void ANewPaperAndARemovedOneShow()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1)).Paper("p2", Paper("Two", 2));
        Age(site);
        var cache = new PaperReadCache();
        Build(site, cache);

        File.Delete(Path.Combine(site.SiteDirectory, "papers", "p2.md"));
        site.Paper("p3", Paper("Three", 3));
        Assert.That(Build(site, cache).Succeeded, Is.True);

        Assert.That(site.Exists("papers/p2/index.html"), Is.False);
        Assert.That(site.Html("papers/p3/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("Three"));
        Assert.That(cache.FilesRead, Is.EqualTo(3), "p1 was kept");
    }

    [Test]
    public void TheFormulasOfKeptPapersStayInTheSitesMathCache()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1), "Costs $O(n \\log n)$ time.").Paper("p2", Paper("Two", 2));
        Age(site);
        var cache = new PaperReadCache();
        Build(site, cache);
        var stored = Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "math")).Single();
        Assert.That(File.ReadAllText(stored), Does.Contain("O(n \\\\log n)"));

        site.Paper("p2", Paper("Two, with $x^2$", 2));
        Build(site, cache);

        Assert.That(cache.FilesRead, Is.EqualTo(3), "p1 was kept, its formula not typeset again");
        Assert.That(File.ReadAllText(stored), Does.Contain("O(n \\\\log n)").And.Contain("x^2"), "the next process still finds both");
    }

    [Test]
    public void AFileWrittenJustNowIsReadAgainNextTime()
    {
        // Where file times are coarse, a second save within the same tick would look like no change at all.
        using var site = new TestSite().Paper("p1", Paper("One", 1));
        var cache = new PaperReadCache();
        Build(site, cache);
        Build(site, cache);

        Assert.That(cache.FilesRead, Is.EqualTo(2));
    }

    private static BuildResult Build(TestSite site, PaperReadCache cache) =>
        SiteBuilder.Build(new BuildOptions(site.SiteDirectory, site.OutputDirectory, BuiltInThemesDirectory: RepositoryPaths.Themes) { Papers = cache });

    /// <summary>The site's files as an editor left them a minute ago: old enough to be kept.</summary>
    private static void Age(TestSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.SiteDirectory, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }
    }
}
