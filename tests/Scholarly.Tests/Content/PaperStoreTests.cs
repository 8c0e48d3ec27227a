using System.Text.Json.Nodes;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Content;

/// <summary>
/// A build keeps the papers it parsed in .scholarly-cache/papers/, under their files' content hashes, and the next
/// build (another process) takes a paper from there exactly when its file's bytes are the same; with the store,
/// without it (--no-cache), or after it was deleted or damaged, the output is the same.
/// </summary>
public class PaperStoreTests
{
    private static string Paper(string title, int day) => $"title: {title}\nauthors: [A]\ndate: 2024-01-0{day}\ntags: [x]";

    [Test]
    public void AStoredPaperIsUsedWhileItsFilesBytesAreTheSame()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1)).Paper("p2", Paper("Two", 2));
        Assert.That(site.Build().Succeeded, Is.True);

        // A stored title no parse of these files gives shows that the store, not the file, made the page.
        RewriteStore(site, (file, paper) => (paper["Title"], paper["TitleHtml"]) = ($"Stored {file}", $"Stored {file}"));
        site.Paper("p2", Paper("Two, edited", 2));
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("papers/p1/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("Stored papers/p1.md"), "unchanged bytes: the stored paper");
        Assert.That(site.Html("papers/p2/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("Two, edited"), "changed bytes: parsed again");
    }

    [Test]
    public void AnEditRewritesOnlyThePartOfTheStoreThatHoldsThePaper()
    {
        using var site = new TestSite();
        for (var i = 1; i <= 9; i++)
        {
            site.Paper($"p{i}", Paper($"Paper {i}", i));
        }

        site.Build();
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in StoreFiles(site))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        site.Paper("p4", Paper("Paper 4, edited", 4));
        site.Build();

        Assert.That(StoreFiles(site).Length, Is.GreaterThan(1), "nine papers in more than one file");
        Assert.That(StoreFiles(site).Count(file => File.GetLastWriteTimeUtc(file) > old), Is.EqualTo(1));
    }

    [Test]
    public void AStoreWrittenByAnotherBuildOfTheToolIsNotRead()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1));
        site.Build();
        RewriteStore(site, (_, paper) => (paper["Title"], paper["TitleHtml"]) = ("Stored", "Stored"), tool: "another build");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("papers/p1/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("One"));
    }

    [Test]
    public void NoCacheReadsNoStoredPaper()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1));
        site.Build();
        RewriteStore(site, (_, paper) => (paper["Title"], paper["TitleHtml"]) = ("Stored", "Stored"));

        Assert.That(Build(site, useCache: false).Succeeded, Is.True);

        Assert.That(site.Html("papers/p1/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("One"));
    }

    [Test]
    public void AStoreWithNullsWhereNoneCanBeIsIgnored()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1));
        site.Build();
        var first = OutputSnapshot.Take(site.OutputDirectory);
        RewriteStore(site, (_, paper) => (paper["Title"], paper["Authors"]) = ("Stored", null));

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(first));

        foreach (var file in StoreFiles(site))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("\"Papers\":[", "\"Papers\":null,\"Was\":[", StringComparison.Ordinal));
        }

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(first));
    }

    [Test]
    public void ARenamedFileGetsTheSlugOfItsNewName()
    {
        using var site = new TestSite().Paper("old-name", Paper("One", 1));
        site.Build();
        File.Move(Path.Combine(site.SiteDirectory, "papers", "old-name.md"), Path.Combine(site.SiteDirectory, "papers", "new-name.md"));

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Exists("papers/new-name/index.html"), Is.True);
        Assert.That(site.Exists("papers/old-name/index.html"), Is.False);
    }

    [Test]
    public void AStoredPapersWarningIsReportedAgainAtItsLine()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1) + "\nvenu: Typo");
        var first = site.Build();
        var second = site.Build();

        Assert.That(first.Diagnostics.Select(d => d.ToString()), Has.Some.Contains("papers/p1.md:6: warning: unknown key 'venu'"));
        Assert.That(second.Diagnostics.Select(d => d.ToString()), Is.EqualTo(first.Diagnostics.Select(d => d.ToString())));
    }

    [Test]
    public void TheSampleSiteIsTheSameWithTheStoreWithoutItAndAfterItWasDamaged()
    {
        using var site = new TestSite();
        Directory.Delete(site.SiteDirectory, recursive: true);
        FolderCopy.Copy(RepositoryPaths.Content, site.SiteDirectory, ".scholarly-cache", "output");
        Assert.That(Build(site, useCache: false).Succeeded, Is.True);
        var uncached = OutputSnapshot.Take(site.OutputDirectory);
        Assert.That(Directory.Exists(Path.Combine(site.SiteDirectory, ".scholarly-cache")), Is.False, "--no-cache writes nothing there");

        Build(site, useCache: true);
        Assert.That(StoreFiles(site), Is.Not.Empty);
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(uncached), "parsed, then stored");
        Build(site, useCache: true);
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(uncached), "taken from the store");

        foreach (var file in StoreFiles(site))
        {
            File.WriteAllText(file, "{\"Tool\": [not json");
        }

        Assert.That(Build(site, useCache: true).Succeeded, Is.True);
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(uncached), "a damaged store is ignored");
    }

    [Test]
    public void TheMathCacheKeepsTheFormulasOfStoredPapersAndDropsThoseNoPaperHas()
    {
        using var site = new TestSite().Paper("p1", Paper("One", 1), "Costs $O(n \\log n)$ time.").Paper("p2", Paper("Two, with $x^2$", 2));
        site.Build();
        site.Paper("p2", Paper("Two, with $y^3$", 2));
        site.Build();

        var stored = File.ReadAllText(Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "math")).Single());
        Assert.That(stored, Does.Contain("O(n \\\\log n)"), "p1 came from the store and still has its formula");
        Assert.That(stored, Does.Contain("y^3"), "p2's new formula");
        Assert.That(stored, Does.Not.Contain("x^2"), "no paper has this one any more");
    }

    private static BuildResult Build(TestSite site, bool useCache) =>
        SiteBuilder.Build(new BuildOptions(site.SiteDirectory, site.OutputDirectory, BuiltInThemesDirectory: RepositoryPaths.Themes) { UseCache = useCache });

    private static string[] StoreFiles(TestSite site) => Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "papers"), "*.json");

    private static void RewriteStore(TestSite site, Action<string, JsonObject> change, string? tool = null)
    {
        foreach (var file in StoreFiles(site))
        {
            var store = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            foreach (var entry in store["Papers"]!.AsArray())
            {
                change(entry!["File"]!.GetValue<string>(), entry["Paper"]!.AsObject());
            }

            if (tool is not null)
            {
                store["Tool"] = tool;
            }

            File.WriteAllText(file, store.ToJsonString());
        }
    }
}
