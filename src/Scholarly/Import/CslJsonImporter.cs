using System.Globalization;
using System.Text.Json;

namespace Scholarly.Import;

/// <summary>CSL-JSON, as Zotero and Better BibTeX export it: an array of items (or one item).</summary>
internal static class CslJsonImporter
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
                try
                {
                    if (ReadItem(items[i], i, file) is { } paper)
                    {
                        papers.Add(paper);
                    }
                    else
                    {
                        errors.Add(new BibtexError(Text(items[i], "id"), 0, 0, $"item {i + 1} has no title or no issued date"));
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException)
                {
                    errors.Add(new BibtexError(null, 0, 0, $"item {i + 1} is not CSL-JSON as expected ({e.Message.Split('.')[0]})"));
                }
            }
        }

        return (papers, errors);
    }

    private static ImportedPaper? ReadItem(JsonElement item, int i, string file)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an item must be an object");
        }

        // No id: the title stands in, so two items without ids are never taken for one another.
        var id = Text(item, "id") ?? Text(item, "title") ?? $"item{i + 1}";
        var title = Text(item, "title") is { } rawTitle ? RichText(rawTitle) : null;
        var date = Date(item);
        if (title is null || date is null)
        {
            return null;
        }

        var authors = item.TryGetProperty("author", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Name).Where(n => n.Length > 0).ToList()
            : [];
        return new ImportedPaper(
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
            Abstract: Text(item, "abstract") is { } summary ? RichText(summary) : null,
            Tags: Text(item, "keyword") is { } keywords ? [.. keywords.Split(',', ';').Select(k => k.Trim()).Where(k => k.Length > 0)] : []);
    }

    /// <summary>CSL's rich text: &lt;i&gt; and &lt;b&gt; become Markdown, other tags go, Markdown's own marks are escaped.</summary>
    private static string RichText(string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var styled = System.Text.RegularExpressions.Regex.Replace(escaped, "</?(i|em)>", "*");
        styled = System.Text.RegularExpressions.Regex.Replace(styled, "</?(b|strong)>", "**");
        return System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(styled, "<[^>]+>", ""));
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

    private static string Name(JsonElement name) => name.ValueKind switch
    {
        JsonValueKind.String => name.GetString()?.Trim() ?? "",
        JsonValueKind.Object => Text(name, "literal") ?? string.Join(' ', new[]
        {
            Text(name, "given"), Text(name, "dropping-particle"), Text(name, "non-dropping-particle"), Text(name, "family"), Text(name, "suffix"),
        }.Where(p => p is not null)),
        _ => "",
    };

    /// <summary>issued.date-parts [[year, month, day]], or issued.raw "2024-05-23".</summary>
    private static (DateOnly Date, Content.DatePrecision Precision)? Date(JsonElement item)
    {
        if (!item.TryGetProperty("issued", out var issued))
        {
            return null;
        }

        if (issued.ValueKind == JsonValueKind.String)
        {
            return Raw(issued.GetString() ?? "");
        }

        if (issued.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            var first = parts[0].EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Number ? (int)p.GetDouble() : int.TryParse(p.GetString(), CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
            if (first.Count > 0 && first[0] is > 0 and < 10000)
            {
                var month = first.Count > 1 && first[1] is >= 1 and <= 12 ? first[1] : 1;
                var day = first.Count > 2 && first[2] >= 1 && first[2] <= DateTime.DaysInMonth(first[0], month) ? first[2] : 1;
                var precision = first.Count > 2 ? Content.DatePrecision.Day : first.Count > 1 ? Content.DatePrecision.Month : Content.DatePrecision.Year;
                return (new DateOnly(first[0], month, day), precision);
            }
        }

        return Text(issued, "raw") is { } raw ? Raw(raw) : null;
    }

    /// <summary>"2021", "2021-05" or "2021-05-23", with the precision written.</summary>
    private static (DateOnly Date, Content.DatePrecision Precision)? Raw(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 4 && int.TryParse(text, CultureInfo.InvariantCulture, out var year) && year > 0)
        {
            return (new DateOnly(year, 1, 1), Content.DatePrecision.Year);
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, Content.DatePrecision.Month);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, Content.DatePrecision.Day) : null;
    }
}
