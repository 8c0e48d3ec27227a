using Scholarly.Import;

namespace Scholarly.Tests.Import;

public class BibtexParserTests
{
    [Test]
    public void ReadsEveryShapeOfValueAndDelimiter()
    {
        const string bib = """
            Free text before entries is ignored, as BibTeX ignores it.
            @preamble{ "\newcommand{\noop}[1]{}" }
            @String{ acl = "Proceedings of ACL" }
            @comment{ anything { at all } }
            % a comment line
            @ARTICLE{first,
              TITLE = {The {BERT} Paper},
              Author = "Lovelace, Ada and Babbage, Charles",
              year = 2019,
              month = may,
              booktitle = acl # " " # {2019},
              note = later,
            }
            @string{later = "defined after use in the file, but before the entry that needs it? no: this is after"}
            @misc(second, title = {Parens}, year = {2020})
            """;

        var (entries, errors) = BibtexParser.Parse(bib);

        Assert.That(errors.Select(e => e.Reason), Has.One.Contains("undefined macro 'later'"));
        Assert.That(entries.Select(e => e.Key), Is.EqualTo(new[] { "second" }), "the entry with the undefined macro is skipped, the rest is read");

        var (fixedEntries, fixedErrors) = BibtexParser.Parse(bib.Replace("note = later,", "", StringComparison.Ordinal));
        Assert.That(fixedErrors, Is.Empty);
        var first = fixedEntries[0];
        Assert.That(first.Type, Is.EqualTo("article"));
        Assert.That(first["title"], Is.EqualTo("The {BERT} Paper"));
        Assert.That(first["author"], Is.EqualTo("Lovelace, Ada and Babbage, Charles"));
        Assert.That(first["year"], Is.EqualTo("2019"));
        Assert.That(first["month"], Is.EqualTo("May"));
        Assert.That(first["booktitle"], Is.EqualTo("Proceedings of ACL 2019"));
        Assert.That(fixedEntries[1]["title"], Is.EqualTo("Parens"));
    }

    [TestCase("@article{k, title = {Open {brace, year = 2020}\n@misc{ok, title = {Fine}, year = 2021}", "unbalanced braces", 1)]
    [TestCase("@article{k, title = {A} year = 2020}\n@misc{ok, title = {Fine}, year = 2021}", "missing comma", 1)]
    [TestCase("@article{k, title {A}, year = 2020}\n@misc{ok, title = {Fine}, year = 2021}", "expected '='", 1)]
    [TestCase("@misc{ok, title = {Fine}, year = 2021}\n@article{k, title = \"A, year = 2020}\n", "never closed", 2)]
    [TestCase("@misc{ok, title = {Fine}, year = 2021}\n@article{, title = {A}}\n", "no citation key", 2)]
    public void AMalformedEntryIsReportedWithItsLineAndSkipped(string bib, string reason, int line)
    {
        var (entries, errors) = BibtexParser.Parse(bib);

        var error = errors.Single();
        Assert.That(error.Reason, Does.Contain(reason));
        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(entries.Select(e => e.Key), Is.EqualTo(new[] { "ok" }));
    }
}
