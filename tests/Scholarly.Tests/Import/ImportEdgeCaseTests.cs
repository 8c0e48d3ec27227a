using Scholarly.Diagnostics;
using Scholarly.Import;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Import;

/// <summary>Real-world shapes that once lost, garbled or merged papers.</summary>
public class ImportEdgeCaseTests
{
    [Test]
    public void TwoPapersWithTheSameTitleButDifferentDoisStayTwoPapers()
    {
        using var site = new TestSite()
            .Write("e1.bib", "@article{ed2019, author = {Doe, Jane}, title = {Editorial}, year = 2019, doi = {10.1/one}}")
            .Write("e2.bib", "@article{ed2021, author = {Roe, Rick}, title = {Editorial}, year = 2021, doi = {10.2/two}}");

        CliRun.Of("import", Path.Combine(site.Root, "e1.bib"), "--into", site.SiteDirectory);
        var second = CliRun.Of("import", Path.Combine(site.Root, "e2.bib"), "--into", site.SiteDirectory);

        Assert.That(second.Out, Does.Contain("1 created, 0 updated"));
        Assert.That(Directory.GetFiles(Path.Combine(site.SiteDirectory, "papers")), Has.Length.EqualTo(2));
    }

    [Test]
    public void CommentsNeverSwallowEntries()
    {
        const string bib = """
            % Maintained by jane@uni.edu -- last update 2024
            @misc{a, title = {A}, author = {X}, year = 2020}
            @comment{ this has an { unbalanced brace }
            % @article{old, title = {Commented out}, author = {X}, year = 2001}
            @misc{b, title = {B}, author = {X}, year = 2021}
            @misc{c, title = {C}, author = {X}, year = 2022}
            """;

        var bag = new DiagnosticBag();
        var papers = Read(bib, ".bib", bag);

        Assert.That(papers.Select(p => p.Key), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(bag.Sorted().Where(d => d.IsError), Is.Empty);
    }

    [Test]
    public void EntriesASiteCouldNotBuildAreReportedNotWritten()
    {
        var bag = new DiagnosticBag();
        var papers = Read("@misc{noauthor, title = {T}, year = 2020}\n@misc{notitle, title = {}, author = {X}, year = 2020}\n@misc{ok, title = {Fine}, author = {X}, year = 2020, url = {http://www.cs.uni.edu/\\~doe/}}", ".bib", bag);

        Assert.That(papers.Select(p => p.Key), Is.EqualTo(new[] { "ok" }));
        Assert.That(papers[0].Url, Is.EqualTo("http://www.cs.uni.edu/~doe/"));
        Assert.That(bag.Sorted().Select(d => d.Message), Has.Some.Contains("names no author").And.Some.Contains("has no title"));
    }

    [Test]
    public void OldStyleSwitchesAndLogosReadAsText()
    {
        Assert.That(LatexDecoder.ToMarkdown("{\\em Deep} learning with {\\bf Bold} and \\LaTeX\\ and \\TeX{}"), Is.EqualTo("*Deep* learning with **Bold** and LaTeX and TeX"));
        Assert.That(LatexDecoder.ToMarkdown("First paragraph.\n\nSecond paragraph."), Is.EqualTo("First paragraph.\n\nSecond paragraph."));
    }

    [Test]
    public void CslJsonInTheShapesZoteroAndOthersWriteIt()
    {
        const string json = """
            [
              {"title": "Alpha <i>paper</i> 🧪", "author": ["Jane Doe"], "issued": "2020"},
              {"title": "Beta paper", "author": [{"given": "Ludwig", "non-dropping-particle": "van", "family": "Beethoven"}, {"given": "Martin", "family": "King", "suffix": "Jr."}], "issued": {"date-parts": [[2021.0, 5]]}},
              {"title": "Gamma", "issued": {"raw": "2019-03"}},
              "not an item"
            ]
            """;

        var bag = new DiagnosticBag();
        var papers = Read("\uFEFF" + json, ".json", bag);

        Assert.That(papers.Select(p => p.Title), Is.EqualTo(new[] { "Alpha *paper* 🧪", "Beta paper", "Gamma" }));
        Assert.That(papers.Select(p => p.Key).Distinct().Count(), Is.EqualTo(3), "items without ids are not one another");
        Assert.That(papers[0].Authors, Is.EqualTo(new[] { "Jane Doe" }));
        Assert.That(papers[1].Authors, Is.EqualTo(new[] { "Ludwig van Beethoven", "Martin King Jr." }));
        Assert.That((papers[1].Date, papers[1].DatePrecision), Is.EqualTo((new DateOnly(2021, 5, 1), Scholarly.Content.DatePrecision.Month)));
        Assert.That(papers[2].DatePrecision, Is.EqualTo(Scholarly.Content.DatePrecision.Month));
        Assert.That(bag.Sorted().Single(d => d.IsError).Message, Does.Contain("item 4"));
    }

    [Test]
    public void AnImportedTitleWithAnEmojiBuildsAndExports()
    {
        using var site = new TestSite().Write("z.json", "[{\"id\": \"z\", \"title\": \"Lab notes 🧪 on $O(n)$\", \"author\": [{\"family\": \"Doe\", \"given\": \"Jane\"}], \"issued\": {\"date-parts\": [[2022, 1, 2]]}}]");
        CliRun.Of("import", Path.Combine(site.Root, "z.json"), "--into", site.SiteDirectory);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(Scholarly.Tests.Support.BibtexParser.Parse(Path.Combine(site.OutputDirectory, "publications.bib")).Single().Title, Does.Contain("🧪"));
    }

    private static List<ImportedPaper> Read(string text, string extension, DiagnosticBag bag)
    {
        var file = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N") + extension);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        try
        {
            return PublicationImporter.Read(file, bag);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
