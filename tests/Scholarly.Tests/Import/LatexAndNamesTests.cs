using Scholarly.Import;

namespace Scholarly.Tests.Import;

public class LatexAndNamesTests
{
    [TestCase("{\\\"o}\\\"{o}\\\"o", "ööö")]
    [TestCase("{\\'e}\\c{c}\\v{s}\\u{g}\\H{o}\\k{a}\\r{a}\\={a}\\.{z}\\~{n}", "éçšğőąåāżñ")]
    [TestCase("{\\ss} {\\o} {\\O} {\\l} {\\L} {\\aa} {\\AA} {\\ae} {\\oe}", "ß ø Ø ł Ł å Å æ œ")]
    [TestCase("Stra\\ss e G\\\"o{\\ss}", "Straße Göß")]
    [TestCase("na\\\"{\\i}ve {\\'\\i}", "naïve í")]
    [TestCase("R\\&D 50\\% \\$5 \\#1 a\\_b", "R&D 50% $5 #1 a_b")]
    [TestCase("1990--1999 --- yes", "1990–1999 — yes")]
    [TestCase("Dr.~Who ``quoted''", "Dr. Who “quoted”")]
    [TestCase("The {BERT} Model", "The BERT Model")]
    [TestCase("Sorting in $O(n \\log n)$", "Sorting in $O(n \\log n)$")]
    public void LatexBecomesTheTextAReaderSees(string latex, string text) =>
        Assert.That(LatexDecoder.ToText(latex), Is.EqualTo(text));

    [TestCase("\\emph{very} \\textbf{bold} \\textit{it} \\textsc{Caps}", "*very* **bold** *it* Caps")]
    [TestCase("see \\url{https://example.org/a_b}", "see <https://example.org/a_b>")]
    [TestCase("\\href{https://example.org}{the site}", "[the site](https://example.org)")]
    public void StylesAndLinksBecomeMarkdown(string latex, string markdown) =>
        Assert.That(LatexDecoder.ToMarkdown(latex), Is.EqualTo(markdown));

    [TestCase("Lovelace, Ada", "Ada Lovelace")]
    [TestCase("Ada Lovelace", "Ada Lovelace")]
    [TestCase("Ludwig van Beethoven", "Ludwig van Beethoven")]
    [TestCase("van Beethoven, Ludwig", "Ludwig van Beethoven")]
    [TestCase("King, Jr, Martin Luther", "Martin Luther King Jr")]
    [TestCase("Wei Zhang 0042", "Wei Zhang")]
    [TestCase("{Google DeepMind}", "Google DeepMind")]
    [TestCase("Markovi{\\'c}, Elena", "Elena Marković")]
    [TestCase("王伟", "王伟")]
    public void NamesComeOutAsAReaderWritesThem(string bibtex, string name) =>
        Assert.That(BibtexNames.Parse(bibtex).Names.Single(), Is.EqualTo(name));

    [Test]
    public void AndOthersMeansEtAl()
    {
        var (names, others) = BibtexNames.Parse("Lovelace, Ada and\n  Babbage, Charles and others");

        Assert.That(names, Is.EqualTo(new[] { "Ada Lovelace", "Charles Babbage" }));
        Assert.That(others, Is.True);
    }

    [Test]
    public void CrossrefAndXdataFillMissingFields()
    {
        const string bib = """
            @inproceedings{child, title = {Child}, author = {A. Author}, crossref = {conf}, xdata = {shared}}
            @xdata{shared, publisher = {ACM}, year = 2022}
            @proceedings{conf, title = {Proceedings of the Conference}, year = 2021}
            """;

        var (papers, errors) = BibtexImporter.Import(bib, "refs.bib");

        Assert.That(errors, Is.Empty);
        var child = papers.Single();
        Assert.That(child.Venue, Is.EqualTo("Proceedings of the Conference"));
        Assert.That(child.Date.Year, Is.EqualTo(2022), "the xdata set comes first, then the crossref");
        Assert.That(child.Extra!["publisher"], Is.EqualTo("ACM"));
    }
}
