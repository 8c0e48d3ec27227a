using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Scholarly.Import;

/// <summary>The Atom answer of an arXiv API query saved to a file: one paper per entry.</summary>
internal static class ArxivAtomImporter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    public static (IReadOnlyList<ImportedPaper> Papers, IReadOnlyList<BibtexError> Errors) Import(string text, string file)
    {
        var papers = new List<ImportedPaper>();
        var errors = new List<BibtexError>();
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            errors.Add(new BibtexError(null, e.LineNumber, e.LinePosition, "not well-formed XML: " + e.Message.Split('.')[0]));
            return (papers, errors);
        }

        foreach (var entry in document.Descendants(Atom + "entry"))
        {
            var line = ((IXmlLineInfo)entry).LineNumber;
            var idUrl = entry.Element(Atom + "id")?.Value.Trim() ?? "";
            var id = idUrl.Contains("/abs/", StringComparison.Ordinal) ? idUrl[(idUrl.IndexOf("/abs/", StringComparison.Ordinal) + 5)..] : idUrl;
            var version = id.LastIndexOf('v');
            if (version > 0 && id[(version + 1)..].All(char.IsAsciiDigit) && id.Length > version + 1)
            {
                id = id[..version];
            }

            // arXiv titles and abstracts are written in TeX ($O(n)$, \emph{...}).
            var title = Collapse(entry.Element(Atom + "title")?.Value) is { } rawTitle ? LatexDecoder.ToMarkdown(rawTitle) : null;
            if (title is null || !DateTimeOffset.TryParse(entry.Element(Atom + "published")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            {
                errors.Add(new BibtexError(id, line, 1, "the entry has no title or published date"));
                continue;
            }

            var primary = entry.Element(Arxiv + "primary_category")?.Attribute("term")?.Value;
            var categories = entry.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value).OfType<string>().ToList();
            papers.Add(new ImportedPaper(
                Key: id,
                Title: title,
                Authors: [.. entry.Elements(Atom + "author").Select(a => Collapse(a.Element(Atom + "name")?.Value)).OfType<string>()],
                EtAl: false,
                Date: DateOnly.FromDateTime(published.UtcDateTime),
                Origin: $"{file}:{line}",
                Venue: Collapse(entry.Element(Arxiv + "journal_ref")?.Value),
                Doi: Collapse(entry.Element(Arxiv + "doi")?.Value),
                ArxivId: id,
                Category: primary,
                Pdf: entry.Elements(Atom + "link").FirstOrDefault(l => l.Attribute("title")?.Value == "pdf")?.Attribute("href")?.Value,
                Abstract: Collapse(entry.Element(Atom + "summary")?.Value) is { } summary ? LatexDecoder.ToMarkdown(summary) : null,
                Tags: [.. categories.Where(c => c != primary).Prepend(primary).OfType<string>().Distinct()]));
        }

        return (papers, errors);
    }

    private static string? Collapse(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } s ? s : null;
}
