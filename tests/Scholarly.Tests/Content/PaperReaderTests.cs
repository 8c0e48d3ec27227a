using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Tests.Content;

public class PaperReaderTests
{
    private static readonly MarkdownRenderer Markdown = new();
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void ReadsEveryField()
    {
        var (paper, bag) = Read("Great-Paper", """
            ---
            title: "A Title: With a Colon"
            authors:
              - Ada Lovelace
              - Charles Babbage
              - et al.
            date: 2024-05-23
            tags: [cs.LG, engines]
            venue: NeurIPS 2024
            links:
              code: https://github.com/example/engine
              arxiv: 2405.01234
              doi: 10.1000/xyz-123
              pdf: files/paper.pdf
            citations: 42
            featured: true
            abstract: |
              We compute $k$ things *fast*.
            ---
            Some **notes**.
            """);

        Assert.That(bag.Sorted(), Is.Empty);
        Assert.That(paper, Is.Not.Null);
        Assert.That(paper!.Slug, Is.EqualTo("great-paper"));
        Assert.That(paper.Title, Is.EqualTo("A Title: With a Colon"));
        Assert.That(paper.Authors, Is.EqualTo(new[] { "Ada Lovelace", "Charles Babbage" }));
        Assert.That(paper.EtAl, Is.True);
        Assert.That(paper.Date, Is.EqualTo(new DateOnly(2024, 5, 23)));
        Assert.That(paper.Tags, Is.EqualTo(new[] { "cs.LG", "engines" }));
        Assert.That(paper.Category, Is.EqualTo("cs.LG"));
        Assert.That(paper.Venue, Is.EqualTo("NeurIPS 2024"));
        Assert.That(paper.Citations, Is.EqualTo(42));
        Assert.That(paper.Featured, Is.True);
        Assert.That(paper.Links.Select(l => (l.Kind, l.Label, l.Url)), Is.EqualTo(new[]
        {
            ("code", "Code", "https://github.com/example/engine"),
            ("arxiv", "arXiv", "https://arxiv.org/abs/2405.01234"),
            ("doi", "DOI", "https://doi.org/10.1000/xyz-123"),
            ("pdf", "PDF", "files/paper.pdf"),
        }));
        Assert.That(paper.AbstractHtml, Does.Contain("<em>fast</em>").And.Contain("data-tex=\"k\""));
        Assert.That(paper.NotesHtml, Does.Contain("<strong>notes</strong>"));
    }

    [Test]
    public void AnExplicitSlugWinsOverTheFileName()
    {
        var (paper, _) = Read("file-name", "---\ntitle: T\nauthors: [A]\ndate: 2024-01-01\nslug: Chosen Name\n---\n");

        Assert.That(paper!.Slug, Is.EqualTo("chosen-name"));
    }

    [Test]
    public void ALongFileNameIsThePapersAddressWhole()
    {
        // 82 characters: a slug made from a title is cut at 80, but the address of a file is its name.
        const string Name = "2016-wgtrformer-interpretable-representations-for-sequential-recommendation-61162";
        var (paper, _) = Read(Name, "---\ntitle: T\nauthors: [A]\ndate: 2024-01-01\n---\n");

        Assert.That(paper!.Slug, Is.EqualTo(Name));
    }

    [TestCase("date: 2024-13-45", 4, "'date' is not a date: '2024-13-45'")]
    [TestCase("date: May 2024", 4, "'date' is not a date")]
    [TestCase("citations: many", 5, "'citations' must be a whole number")]
    public void BadValuesAreErrorsOnTheirLine(string line, int expectedLine, string message)
    {
        var extra = line.StartsWith("date", StringComparison.Ordinal) ? line : "date: 2024-01-01\n" + line;
        var (paper, bag) = Read("p", $"---\ntitle: T\nauthors: [A]\n{extra}\n---\n");

        Assert.That(paper, Is.Null);
        var error = bag.Sorted().Single(d => d.IsError);
        Assert.That(error.File, Is.EqualTo("papers/p.md"));
        Assert.That(error.Line, Is.EqualTo(expectedLine));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void MissingTitleAndDateAreBothReported()
    {
        var (paper, bag) = Read("p", "---\nauthors: [A]\n---\n");

        Assert.That(paper, Is.Null);
        Assert.That(bag.Sorted().Select(d => d.Message), Is.EquivalentTo(new[] { "'title' is required", "'date' is required" }));
    }

    [Test]
    public void MalformedYamlNamesTheLine()
    {
        var (paper, bag) = Read("p", "---\ntitle: T\nauthors: [A\ndate: 2024-01-01\n---\n");

        Assert.That(paper, Is.Null);
        var error = bag.Sorted().Single();
        Assert.That(error.Message, Does.StartWith("invalid YAML"));
        Assert.That(error.Line, Is.InRange(3, 5));
    }

    [Test]
    public void ScriptLinksAreRefused()
    {
        var (paper, bag) = Read("p", "---\ntitle: T\nauthors: [A]\ndate: 2024-01-01\nlinks:\n  code: javascript:alert(1)\n---\n");

        Assert.That(paper, Is.Null);
        var error = bag.Sorted().Single();
        Assert.That(error.Line, Is.EqualTo(6));
        Assert.That(error.Message, Does.Contain("only http, https and mailto"));
    }

    [Test]
    public void UnknownKeysAreWarningsNamingKeyAndLine()
    {
        var (paper, bag) = Read("p", "---\ntitle: T\nauthors: [A]\ndate: 2024-01-01\ntgas: [x]\n---\n");

        Assert.That(paper, Is.Not.Null);
        var warning = bag.Sorted().Single();
        Assert.That(warning.IsError, Is.False);
        Assert.That(warning.Line, Is.EqualTo(5));
        Assert.That(warning.Message, Does.Contain("unknown key 'tgas'").And.Contain("did you mean 'tags'"));
    }

    [Test]
    public void AuthorsAreRequired()
    {
        var (paper, bag) = Read("p", "---\ntitle: T\ndate: 2024-01-01\n---\n");

        Assert.That(paper, Is.Null);
        Assert.That(bag.Sorted().Single().Message, Does.Contain("'authors' is required"));
    }

    private (Paper? Paper, DiagnosticBag Bag) Read(string name, string text)
    {
        var path = Path.Combine(_folder, name + ".md");
        File.WriteAllText(path, text);
        var bag = new DiagnosticBag();
        return (PaperReader.Read(path, $"papers/{name}.md", Markdown, bag), bag);
    }
}
