using System.Globalization;
using System.Text;
using Scholarly.Content;

namespace Scholarly.Citation;

/// <summary>
/// A paper as a BibTeX entry: @inproceedings when it has a venue, @misc with eprint fields for an arXiv preprint,
/// or the type the file names. A paper's own <c>bibtex:</c> is returned as written.
/// </summary>
internal static class BibtexWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <param name="pageUrl">The paper's page on the published site, written as its url.</param>
    public static string Entry(Paper paper, string key, string pageUrl)
    {
        if (paper.Bibtex is not null)
        {
            return paper.Bibtex.Trim() + "\n";
        }

        var type = paper.EntryType ?? (paper.Venue is not null ? "inproceedings" : "misc");
        var fields = new List<(string Name, string Value)>
        {
            ("title", "{" + LatexText.Escape(paper.Title, protectCapitals: true) + "}"),
            ("author", "{" + Authors(paper) + "}"),
            ("year", paper.Date.Year.ToString(CultureInfo.InvariantCulture)),
        };
        if (paper.DatePrecision != DatePrecision.Year)
        {
            fields.Add(("month", Months[paper.Date.Month - 1]));
        }

        if (paper.Venue is not null)
        {
            fields.Add((type == "article" ? "journal" : "booktitle", "{" + LatexText.Escape(paper.Venue) + "}"));
        }

        if (PaperIdentifiers.Doi(paper) is { } doi)
        {
            // biblatex reads doi verbatim: escaping would print the backslashes; braces cannot occur in a usable DOI.
            if (!doi.Any(c => c is '{' or '}' or '\\'))
            {
                fields.Add(("doi", "{" + doi + "}"));
            }
        }

        if (PaperIdentifiers.ArxivId(paper) is { } arxiv)
        {
            fields.Add(("eprint", "{" + arxiv + "}"));
            fields.Add(("archiveprefix", "{arXiv}"));
            if (paper.Category is not null)
            {
                fields.Add(("primaryclass", "{" + LatexText.Escape(paper.Category) + "}"));
            }
        }

        if (AuthorNotes.Of(paper) is { } note)
        {
            fields.Add(("note", "{" + LatexText.Escape(note) + "}"));
        }

        fields.Add(("url", "{" + pageUrl + "}"));

        var entry = new StringBuilder();
        entry.Append('@').Append(type).Append('{').Append(key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            entry.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }

        entry.Append("}\n");
        return entry.ToString();
    }

    /// <summary>"A and B and others": names as written, braced when BibTeX would otherwise split them wrongly.</summary>
    private static string Authors(Paper paper)
    {
        var names = paper.Authors.Select(Name).ToList();
        if (paper.EtAl)
        {
            names.Add("others");
        }

        return string.Join(" and ", names);
    }

    /// <summary>
    /// A name with " and " or a comma inside ("Research and Development Group") is braced whole, so BibTeX reads it
    /// as one name.
    /// </summary>
    private static string Name(string name)
    {
        var escaped = LatexText.Escape(name);
        return name.Contains(" and ", StringComparison.OrdinalIgnoreCase) || name.Contains(',', StringComparison.Ordinal) ? "{" + escaped + "}" : escaped;
    }
}
