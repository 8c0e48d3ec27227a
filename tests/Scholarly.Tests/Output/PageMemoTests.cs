using System.Text.RegularExpressions;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Output;

/// <summary>
/// A build over the previous one renders only the pages whose inputs changed (.scholarly-cache/pages.json) and keeps
/// the rest as they are: after every kind of edit, the output is byte for byte what a build without any cache makes
/// of the same site, and a page that shows nothing that changed is not rendered again.
/// </summary>
[Parallelizable(ParallelScope.All)]
public partial class PageMemoTests
{
    private const string Paper = "papers/d-cpt-law.md";

    /// <summary>Edits of the sample site, each of a different kind of input.</summary>
    private static readonly Dictionary<string, Action<string>> Edits = new()
    {
        ["a paper's title"] = site => Replace(site, Paper, "Large Language Models\"", "Large Language Models, Edited\""),
        ["a paper's text below its front matter"] = site => File.AppendAllText(Path.Combine(site, Paper), "\nA note added below.\n"),
        ["a paper's tags"] = site => Replace(site, Paper, "tags: [cs.CL]", "tags: [cs.CL, new.tag]"),
        ["a paper's date, into another year"] = site => Replace(site, Paper, "date: 2024-06-03", "date: 2019-06-03"),
        ["a paper's citation count (the profile's h-index follows)"] = site => Replace(site, Paper, "weight: 31", "weight: 31\ncitations: 4000"),
        ["a paper's order among the others"] = site => Replace(site, Paper, "weight: 31", "weight: 1"),
        ["a paper removed"] = site => File.Delete(Path.Combine(site, Paper)),
        ["a paper whose citation key clashes with another's"] = site => File.Copy(Path.Combine(site, Paper), Path.Combine(site, "papers", "d-cpt-law-again.md")),
        ["the profile"] = site => Replace(site, "profile.md", "name: Lin Qu", "name: Lin Qu Edited"),
        ["a news item added"] = site => Write(site, "news/2026-05-01-award.md", "---\ntitle: An award\ndate: 2026-05-01\n---\nWe won.\n"),
        ["a page added"] = site => Write(site, "pages/about.md", "---\ntitle: About\n---\nAbout me.\n"),
        ["the config"] = site => Replace(site, "scholarly.yml", "title: Lin Qu", "title: Lin Qu's papers"),
        ["the build date"] = site => Replace(site, "scholarly.yml", "build_date: 2026-06-01", "build_date: 2027-06-01"),
        ["a partial of the site's own"] = site => Write(site, "partials/paper-card.html", "<p>{{ paper.title }}</p>\n"),
        ["a static file"] = site => Write(site, "static/cv.pdf", "%PDF-1.4 another CV\n"),
    };

    private static IEnumerable<string> EditNames => Edits.Keys;

    [TestCaseSource(nameof(EditNames))]
    public void AfterAnEditTheOutputIsWhatABuildWithoutCacheMakes(string edit)
    {
        using var site = SampleSite();
        Assert.That(Build(site.SiteDirectory, site.OutputDirectory).Succeeded, Is.True);
        var again = Build(site.SiteDirectory, site.OutputDirectory);
        Assert.That(again.PagesKept, Is.EqualTo(again.PagesWritten), "nothing changed: every page kept");

        Edits[edit](site.SiteDirectory);
        var rebuilt = Build(site.SiteDirectory, site.OutputDirectory);
        var clean = Path.Combine(site.Root, "clean");
        var uncached = Build(site.SiteDirectory, clean, useCache: false);

        Assert.That(rebuilt.Succeeded && uncached.Succeeded, Is.True, string.Join("\n", rebuilt.Diagnostics.Concat(uncached.Diagnostics)));
        Assert.That(rebuilt.PagesKept, Is.LessThan(rebuilt.PagesWritten), "the edit made some page again");
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(OutputSnapshot.Take(clean)));
    }

    [Test]
    public void AnEditToOnePaperLeavesThePagesThatDoNotShowItUnrendered()
    {
        using var site = SampleSite();
        Build(site.SiteDirectory, site.OutputDirectory);
        var before = PaperPages(site).ToDictionary(page => page, File.GetLastWriteTimeUtc);

        Edits["a paper's title"](site.SiteDirectory);
        var rebuilt = Build(site.SiteDirectory, site.OutputDirectory);

        var edited = Path.Combine(site.OutputDirectory, "papers", "d-cpt-law") + Path.DirectorySeparatorChar;
        var others = before.Keys.Where(file => !file.StartsWith(edited, StringComparison.Ordinal)).ToList();
        Assert.That(others, Has.Count.GreaterThan(100), "every other paper's page and citation exports");
        Assert.That(others.Where(file => File.GetLastWriteTimeUtc(file) != before[file]), Is.Empty, "no other paper's page or export written");
        Assert.That(site.Html("papers/d-cpt-law/index.html").QuerySelector("h1")?.TextContent, Does.EndWith("Edited"));
        Assert.That(site.Html("index.html").QuerySelectorAll("a").Select(a => a.TextContent), Has.Some.EndsWith("Edited"), "the home page lists it");
        // The pages that show it (its own, the home page, its tag's and its year's), and the tags index, which is made
        // from every paper (its description and JSON-LD are not read through a template).
        Assert.That(rebuilt.PagesWritten - rebuilt.PagesKept, Is.EqualTo(5));
    }

    [Test]
    public void AnOutputPageChangedOrRemovedByHandIsMadeAgain()
    {
        using var site = SampleSite();
        Build(site.SiteDirectory, site.OutputDirectory);
        var expected = OutputSnapshot.Take(site.OutputDirectory);
        File.AppendAllText(Path.Combine(site.OutputDirectory, "papers", "ddk", "index.html"), "<!-- edited by hand -->");
        File.Delete(Path.Combine(site.OutputDirectory, "papers", "gba", "index.html"));

        var rebuilt = Build(site.SiteDirectory, site.OutputDirectory);

        Assert.That(rebuilt.PagesWritten - rebuilt.PagesKept, Is.EqualTo(2));
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(expected));
    }

    [Test]
    public void ADamagedOrForeignMemoMakesEveryPage()
    {
        using var site = SampleSite();
        Build(site.SiteDirectory, site.OutputDirectory);
        var expected = OutputSnapshot.Take(site.OutputDirectory);
        var memo = Path.Combine(site.SiteDirectory, ".scholarly-cache", "pages.json");

        File.WriteAllText(memo, File.ReadAllText(memo)[..100]);
        var damaged = Build(site.SiteDirectory, site.OutputDirectory);
        Assert.That(damaged.PagesKept, Is.Zero, "a damaged memo");

        File.WriteAllText(memo, ToolPattern().Replace(File.ReadAllText(memo), "\"Tool\":\"another build\"", 1));
        var foreign = Build(site.SiteDirectory, site.OutputDirectory);
        Assert.That(foreign.PagesKept, Is.Zero, "another build of the tool");

        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(expected));
    }

    [Test]
    public void ABuildIntoAnotherOutputFolderKeepsNothing()
    {
        using var site = SampleSite();
        Build(site.SiteDirectory, site.OutputDirectory);

        var elsewhere = Build(site.SiteDirectory, Path.Combine(site.Root, "elsewhere"));

        Assert.That(elsewhere.PagesKept, Is.Zero);
        Assert.That(OutputSnapshot.Take(Path.Combine(site.Root, "elsewhere")), Is.EqualTo(OutputSnapshot.Take(site.OutputDirectory)));
    }

    [Test]
    public void NoCacheKeepsNoPageAndWritesNoMemo()
    {
        using var site = SampleSite();
        var first = Build(site.SiteDirectory, site.OutputDirectory, useCache: false);
        var second = Build(site.SiteDirectory, site.OutputDirectory, useCache: false);

        Assert.That(first.PagesKept + second.PagesKept, Is.Zero);
        Assert.That(File.Exists(Path.Combine(site.SiteDirectory, ".scholarly-cache", "pages.json")), Is.False);
    }

    private static TestSite SampleSite()
    {
        var site = new TestSite();
        Directory.Delete(site.SiteDirectory, recursive: true);
        FolderCopy.Copy(RepositoryPaths.Content, site.SiteDirectory, ".scholarly-cache", "output");
        return site;
    }

    private static IEnumerable<string> PaperPages(TestSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "papers"), "*", SearchOption.AllDirectories);

    private static BuildResult Build(string siteDirectory, string outputDirectory, bool useCache = true) =>
        SiteBuilder.Build(new BuildOptions(siteDirectory, outputDirectory, BuiltInThemesDirectory: RepositoryPaths.Themes) { UseCache = useCache });

    private static void Replace(string site, string file, string from, string to)
    {
        var path = Path.Combine(site, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from), $"{file} no longer has what the edit changes");
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void Write(string site, string file, string text)
    {
        var path = Path.Combine(site, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [GeneratedRegex("\"Tool\":\"[^\"]*\"")]
    private static partial Regex ToolPattern();
}
