using System.Text.Json;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Import;

/// <summary>Import never writes a paper file the build would reject: what the site cannot hold is mended or dropped, with a warning.</summary>
public class ImportBuildsTests
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Root, "tests", "Scholarly.Tests", "Import", "Corpus");

    public static IEnumerable<string> CorpusFiles()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus, "manifest.json"))).RootElement;
        return manifest.GetProperty("valid").EnumerateArray().Concat(manifest.GetProperty("broken").EnumerateArray()).Select(f => f.GetProperty("file").GetString()!);
    }

    [TestCaseSource(nameof(CorpusFiles))]
    public void TheSiteBuildsAfterImportingEachCorpusFile(string file)
    {
        using var site = new TestSite();

        var import = CliRun.Of("import", Path.Combine(Corpus, file), "--into", site.SiteDirectory);
        Assert.That(import.ExitCode, Is.AnyOf(0, 1), import.Error);

        var build = site.Build();
        Assert.That(build.Succeeded, Is.True, $"{import.Out}\n{string.Join("\n", build.Diagnostics)}");
    }

    [Test]
    public void TagsThatWouldShareAPageAreSpeltAlikeWithAWarning()
    {
        using var site = new TestSite().Write("refs.bib", """
            @article{a, title={First}, author={Ada Lovelace}, year={2020}, journal={J}, keywords={Best match searching, Computer graphics.}}
            @article{b, title={Second}, author={Ada Lovelace}, year={2021}, journal={J}, keywords={Best-match searching, Computer graphics}}
            """);

        var import = CliRun.Of("import", Path.Combine(site.Root, "refs.bib"), "--into", site.SiteDirectory);

        Assert.That(import.ExitCode, Is.EqualTo(0), import.Error);
        Assert.That(import.Error, Does.Contain("tag 'Best-match searching' is written 'Best match searching', the spelling already used for tags/best-match-searching/"));
        var build = site.Build();
        Assert.That(build.Succeeded, Is.True, string.Join("\n", build.Diagnostics));
        Assert.That(site.Html("tags/best-match-searching/index.html").QuerySelectorAll("article, li.entry").Length, Is.EqualTo(2));
    }

    [TestCase("ftp://example.org/paper.pdf")]
    [TestCase("file:///home/ada/paper.pdf")]
    [TestCase("javascript:alert(1)")]
    [TestCase("../../etc/passwd")]
    public void ALinkTheBuildWouldRefuseIsLeftOutWithAWarning(string url)
    {
        using var site = new TestSite().Write("refs.bib", $"@misc{{a, title={{A Paper}}, author={{Ada Lovelace}}, year={{2020}}, url={{{url}}}}}");

        var import = CliRun.Of("import", Path.Combine(site.Root, "refs.bib"), "--into", site.SiteDirectory);

        Assert.That(import.ExitCode, Is.EqualTo(0), import.Error);
        Assert.That(import.Error, Does.Contain("'a': its url link is left out"));
        Assert.That(import.Out, Does.Contain("1 created"));
        Assert.That(site.Build().Succeeded, Is.True);
    }
}
