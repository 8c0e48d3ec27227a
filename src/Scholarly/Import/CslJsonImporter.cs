using System.Globalization;
using System.Text.Json;

namespace Scholarly.Import;

/// <summary>CSL-JSON, as Zotero and Better BibTeX export it: an array of items (or one item).</summary>
public static class CslJsonImporter
{
    public static (IReadOnlyList<ImportedPaper> Papers, IReadOnlyList<BibtexError> Errors) Import(string text, string file)
    {
        var papers = new List<ImportedPaper>();
        var errors = new List<BibtexError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            errors.Add(new BibtexError(null, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message.Split('.')[0]));
            return (papers, errors);
        }

        using (document)
        {
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var id = Text(item, "id") ?? $"item{i + 1}";
                var title = Text(item, "title");
                var date = Date(item);
                if (title is null || date is null)
                {
                    errors.Add(new BibtexError(id, 0, 0, $"item {i + 1} ({id}) has no {(title is null ? "title" : "issued date")}"));
                    continue;
                }

                var authors = item.TryGetProperty("author", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(Name).Where(n => n.Length > 0).ToList()
                    : [];
                papers.Add(new ImportedPaper(
                    Key: id,
                    Title: title,
                    Authors: authors,
                    EtAl: false,
                    Date: date.Value.Date,
                    DatePrecision: date.Value.Precision,
                    Origin: $"{file} (item {i + 1})",
                    Venue: Text(item, "container-title"),
                    EntryType: Text(item, "type") switch
                    {
                        "article-journal" => "article",
                        "paper-conference" => "inproceedings",
                        "chapter" => "incollection",
                        "thesis" => "phdthesis",
                        "report" => "techreport",
                        "book" => "book",
                        _ => null,
                    },
                    Doi: Text(item, "DOI"),
                    ArxivId: ArxivOf(item),
                    Url: Text(item, "URL"),
                    Abstract: Text(item, "abstract"),
                    Tags: Text(item, "keyword") is { } keywords ? [.. keywords.Split(',', ';').Select(k => k.Trim()).Where(k => k.Length > 0)] : []));
            }
        }

        return (papers, errors);
    }

    /// <summary>Zotero keeps a preprint's arXiv id in its URL, number or note ("arXiv:2401.01234").</summary>
    private static string? ArxivOf(JsonElement item)
    {
        foreach (var field in new[] { "URL", "number", "note", "archive_location" })
        {
            if (Text(item, field) is { } text && System.Text.RegularExpressions.Regex.Match(text, @"(?:arxiv\.org/(?:abs|pdf)/|arXiv:\s*)(\d{4}\.\d{4,5})", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Trim() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string Name(JsonElement name) =>
        Text(name, "literal") ?? string.Join(' ', new[] { Text(name, "given"), Text(name, "non-dropping-particle"), Text(name, "family"), }.Where(p => p is not null));

    /// <summary>issued.date-parts [[year, month, day]], or issued.raw "2024-05-23".</summary>
    private static (DateOnly Date, Content.DatePrecision Precision)? Date(JsonElement item)
    {
        if (!item.TryGetProperty("issued", out var issued))
        {
            return null;
        }

        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            var first = parts[0].EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Number ? p.GetInt32() : int.TryParse(p.GetString(), CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
            if (first.Count > 0 && first[0] is > 0 and < 10000)
            {
                var month = first.Count > 1 && first[1] is >= 1 and <= 12 ? first[1] : 1;
                var day = first.Count > 2 && first[2] >= 1 && first[2] <= DateTime.DaysInMonth(first[0], month) ? first[2] : 1;
                var precision = first.Count > 2 ? Content.DatePrecision.Day : first.Count > 1 ? Content.DatePrecision.Month : Content.DatePrecision.Year;
                return (new DateOnly(first[0], month, day), precision);
            }
        }

        return Text(issued, "raw") is { } raw && DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var date) ? (date, Content.DatePrecision.Day) : null;
    }
}
