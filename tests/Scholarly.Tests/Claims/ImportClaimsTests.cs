using Scholarly.Tests.Support;

namespace Scholarly.Tests.Claims;

/// <summary>Holds README.md's `import` paragraph (formats told apart by their content, re-import matching) to what `scholarly import` writes.</summary>
[Parallelizable(ParallelScope.All)]
public class ImportClaimsTests
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Root, "tests", "Scholarly.Tests", "Import", "Corpus");

    /// <summary>
    /// README: "BibTeX ..., CSL-JSON (Zotero) and arXiv Atom (an arXiv API answer saved to a file), told apart by their
    /// content": a fixture saved as .txt imports to exactly the files its own name gives (Import/Corpus/golden).
    /// </summary>
    [TestCase("valid/google-scholar.bib")]
    [TestCase("valid/zotero.json")]
    [TestCase("valid/arxiv.atom")]
    public void AFileIsReadByItsContentNotItsName(string fixture)
    {
        using var site = new TestSite();
        var renamed = Path.Combine(site.Root, "publications.txt");
        File.Copy(Path.Combine(Corpus, fixture), renamed);

        var run = CliRun.Of("import", renamed, "--into", site.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var papers = Path.Combine(site.SiteDirectory, "papers");
        var written = string.Concat(Directory.GetFiles(papers, "*.md").Order(StringComparer.Ordinal)
            .Select(f => $"==> {Path.GetFileName(f)} <==\n{File.ReadAllText(f)}"));
        Assert.That(written, Is.EqualTo(File.ReadAllText(Path.Combine(Corpus, "golden", Path.GetFileName(fixture) + ".md"))));
        Assert.That(site.Build().Succeeded, Is.True);
    }

    /// <summary>
    /// README: "Run it again after your list changes: papers it created are matched (DOI, arXiv id, key, title) and their
    /// front matter updated, your notes in the body and keys such as featured kept". Here only the arXiv id is the same.
    /// </summary>
    [Test]
    public void AReimportedPaperIsMatchedByItsArxivIdAlone()
    {
        using var site = new TestSite()
            .Write("first.bib", "@misc{engines2023, title = {Analytical Engines, a Preprint}, author = {Lovelace, Ada}, year = 2023, eprint = {2301.00001}, archivePrefix = {arXiv}}\n")
            .Write("second.bib", "@inproceedings{lovelace2024, title = {Engines that Compute}, author = {Lovelace, Ada and Babbage, Charles}, booktitle = {Proceedings of Engines}, year = 2024, eprint = {2301.00001v3}, archivePrefix = {arXiv}}\n");
        var first = CliRun.Of("import", Path.Combine(site.Root, "first.bib"), "--into", site.SiteDirectory);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var file = Directory.GetFiles(Path.Combine(site.SiteDirectory, "papers"), "*.md").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("title:", "featured: true\ntitle:", StringComparison.Ordinal) + "My notes.\n");

        var second = CliRun.Of("import", Path.Combine(site.Root, "second.bib"), "--into", site.SiteDirectory);

        Assert.That(second.ExitCode, Is.EqualTo(0), second.Error);
        Assert.That(second.Out, Does.Contain("0 created, 1 updated"));
        Assert.That(Directory.GetFiles(Path.Combine(site.SiteDirectory, "papers"), "*.md"), Is.EqualTo(new[] { file }), "the same file, no second one");
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain("title: \"Engines that Compute\"").And.Contain("Charles Babbage").And.Not.Contain("a Preprint"));
        Assert.That(text, Does.Contain("featured: true").And.EndWith("My notes.\n"), "the user's keys and notes are kept");
        Assert.That(site.Build().Succeeded, Is.True);
    }
}
