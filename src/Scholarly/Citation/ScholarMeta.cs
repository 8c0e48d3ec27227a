using System.Globalization;
using Scholarly.Content;
using Scholarly.Text;

namespace Scholarly.Citation;

/// <summary>
/// Google Scholar's Highwire Press meta tags for a paper page (Scholar's inclusion guidelines): title, one
/// citation_author per author, the date, the journal or conference, PDF, arXiv id and DOI where known.
/// </summary>
internal static class ScholarMeta
{
    public static IEnumerable<(string Name, string Content)> Tags(Paper paper, string baseUrl)
    {
        yield return ("citation_title", paper.TitleText);
        foreach (var author in paper.Authors)
        {
            yield return ("citation_author", author);
        }

        yield return ("citation_publication_date", paper.Date.ToString(paper.DatePrecision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "yyyy/MM", _ => "yyyy/MM/dd" }, CultureInfo.InvariantCulture));
        if (paper.Venue is not null)
        {
            yield return (paper.EntryType == "article" ? "citation_journal_title" : "citation_conference_title", paper.Venue);
        }

        if (PaperIdentifiers.PdfUrl(paper) is { } pdf)
        {
            yield return ("citation_pdf_url", pdf.Contains("://", StringComparison.Ordinal) ? pdf : baseUrl + pdf);
        }

        if (PaperIdentifiers.ArxivId(paper) is { } arxiv)
        {
            yield return ("citation_arxiv_id", arxiv);
        }

        if (PaperIdentifiers.Doi(paper) is { } doi)
        {
            yield return ("citation_doi", doi);
        }

        yield return ("citation_abstract_html_url", baseUrl + UrlPath.Paper(paper.Slug));
    }
}
