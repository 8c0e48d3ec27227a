using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scholarly.Content;

namespace Scholarly.Citation;

/// <summary>A paper as CSL-JSON (the format of Zotero, Pandoc and citeproc), an array of one item.</summary>
internal static class CslJsonWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Item(Paper paper, string key, string pageUrl)
    {
        var type = (paper.EntryType ?? (paper.Venue is not null ? "inproceedings" : "misc")) switch
        {
            "article" => "article-journal",
            "inproceedings" or "proceedings" => "paper-conference",
            "book" => "book",
            "incollection" or "inbook" => "chapter",
            "phdthesis" or "mastersthesis" or "thesis" => "thesis",
            "techreport" or "report" => "report",
            _ => "article",
        };

        var item = new JsonObject
        {
            ["id"] = key,
            ["type"] = type,
            ["title"] = paper.TitleText,
            ["author"] = new JsonArray([.. paper.Authors.Select(Name)]),
            ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(DateParts(paper)) },
            ["URL"] = pageUrl,
        };
        if (paper.Venue is not null)
        {
            item["container-title"] = paper.Venue;
        }

        if (PaperIdentifiers.Doi(paper) is { } doi)
        {
            item["DOI"] = doi;
        }

        if (PaperIdentifiers.ArxivId(paper) is { } arxiv)
        {
            item["number"] = "arXiv:" + arxiv;
            item["publisher"] = "arXiv";
        }

        if (paper.AbstractText.Length > 0)
        {
            item["abstract"] = paper.AbstractText;
        }

        if (AuthorNotes.Of(paper) is { } note)
        {
            item["note"] = note;
        }

        if (paper.Tags.Count > 0)
        {
            item["keyword"] = string.Join(", ", paper.Tags);
        }

        return new JsonArray(item).ToJsonString(Options) + "\n";
    }

    /// <summary>[year, month, day] as far as the date is known.</summary>
    private static JsonArray DateParts(Paper paper) => paper.DatePrecision switch
    {
        DatePrecision.Year => new JsonArray(paper.Date.Year),
        DatePrecision.Month => new JsonArray(paper.Date.Year, paper.Date.Month),
        _ => new JsonArray(paper.Date.Year, paper.Date.Month, paper.Date.Day),
    };

    /// <summary>"Elena Marković" → family Marković, given Elena; a one-word name is a literal.</summary>
    private static JsonObject Name(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return new JsonObject { ["family"] = name[..comma].Trim(), ["given"] = name[(comma + 1)..].Trim() };
        }

        var space = name.LastIndexOf(' ');
        return space <= 0
            ? new JsonObject { ["literal"] = name }
            : new JsonObject { ["family"] = name[(space + 1)..], ["given"] = name[..space] };
    }
}
