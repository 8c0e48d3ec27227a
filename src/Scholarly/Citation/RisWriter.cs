using System.Globalization;
using System.Text;
using Scholarly.Content;

namespace Scholarly.Citation;

/// <summary>A paper as an RIS record (EndNote, Zotero, Mendeley import it): one "TAG  - value" line per field.</summary>
internal static class RisWriter
{
    public static string Record(Paper paper, string pageUrl)
    {
        var type = (paper.EntryType ?? (paper.Venue is not null ? "inproceedings" : "misc")) switch
        {
            "article" => "JOUR",
            "inproceedings" or "proceedings" => "CPAPER",
            "book" => "BOOK",
            "incollection" or "inbook" => "CHAP",
            "phdthesis" or "mastersthesis" or "thesis" => "THES",
            "techreport" or "report" => "RPRT",
            "unpublished" => "UNPB",
            _ => PaperIdentifiers.ArxivId(paper) is not null ? "PREPRINT" : "GEN",
        };

        var record = new StringBuilder();
        void Line(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                record.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
            }
        }

        Line("TY", type);
        Line("TI", paper.TitleText);
        foreach (var author in paper.Authors)
        {
            Line("AU", author);
        }

        Line("PY", paper.Date.Year.ToString(CultureInfo.InvariantCulture));
        Line("DA", paper.Date.ToString(paper.DatePrecision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "yyyy/MM", _ => "yyyy/MM/dd" }, CultureInfo.InvariantCulture));
        Line(type == "JOUR" ? "JO" : "T2", paper.Venue);
        Line("DO", PaperIdentifiers.Doi(paper));
        Line("UR", pageUrl);
        Line("L1", PaperIdentifiers.PdfUrl(paper) is { } pdf && pdf.Contains("://", StringComparison.Ordinal) ? pdf : null);
        Line("AB", paper.AbstractText);
        Line("N1", AuthorNotes.Of(paper));
        foreach (var tag in paper.Tags)
        {
            Line("KW", tag);
        }

        return record.Append("ER  - \r\n").ToString();
    }

    /// <summary>RIS has one value per line: line breaks inside a value become spaces.</summary>
    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim() is { Length: > 0 } text ? text : value;
}
