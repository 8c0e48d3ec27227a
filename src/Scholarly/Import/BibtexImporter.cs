using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Scholarly.Import;

/// <summary>
/// Turns parsed BibTeX entries into papers: crossref and biblatex xdata inheritance, names, LaTeX to Unicode and
/// Markdown, dates from year/month/day or date, venue from journal/booktitle/journaltitle, identifiers from doi and
/// eprint. Unknown fields are kept as they are.
/// </summary>
internal static partial class BibtexImporter
{
    /// <summary>Fields that become part of the paper file; every other field is kept under <c>extra</c>.</summary>
    private static readonly HashSet<string> Mapped =
    [
        "title", "author", "year", "month", "day", "date", "journal", "booktitle", "journaltitle", "doi", "url", "eprint",
        "archiveprefix", "eprinttype", "primaryclass", "eprintclass", "pdf", "code", "abstract", "keywords", "crossref", "xdata",
        "file", "urldate", "timestamp", "biburl", "bibsource", "owner", "langid", "numpages",
    ];

    /// <summary>Entries of parents only (proceedings, xdata sets) are not papers of their own when something inherits from them.</summary>
    public static (IReadOnlyList<ImportedPaper> Papers, IReadOnlyList<BibtexError> Errors) Import(string text, string file)
    {
        var (entries, errors, warnings) = BibtexParser.ParseWithWarnings(text);
        var allErrors = errors.Concat(warnings.Select(w => w with { IsWarning = true })).ToList();
        var byKey = new Dictionary<string, BibtexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            byKey.TryAdd(entry.Key, entry);
        }

        var parents = entries.SelectMany(e => new[] { e["crossref"], e["xdata"] }).Where(k => k is not null).SelectMany(k => k!.Split(',')).Select(k => k.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var papers = new List<ImportedPaper>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            // A volume others point at (DBLP adds the proceedings of every paper it exports) is not a paper of the list.
            if (entry.Type == "xdata" || (parents.Contains(entry.Key) && entry.Type is "proceedings" or "mvproceedings" or "collection" or "mvcollection"))
            {
                continue;
            }

            if (!seen.Add(entry.Key))
            {
                allErrors.Add(new BibtexError(entry.Key, entry.Line, 1, $"the citation key '{entry.Key}' is used by an earlier entry too"));
                continue;
            }

            if (entry.Fields.Values.FirstOrDefault(f => f.Value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))) is { } control)
            {
                allErrors.Add(new BibtexError(entry.Key, control.Line, 1, $"the field '{control.Name}' holds a control character (a stray byte from a PDF?)"));
                continue;
            }

            try
            {
                papers.Add(ToPaper(Inherit(entry, byKey), file));
            }
            catch (FormatException e)
            {
                var line = e.Data["line"] is int l ? l : entry.Line;
                allErrors.Add(new BibtexError(entry.Key, line, 1, e.Message));
            }
        }

        return (papers, allErrors);
    }

    /// <summary>Fields missing from an entry come from its crossref (biblatex: a parent's title is the child's booktitle) and xdata sets.</summary>
    private static BibtexEntry Inherit(BibtexEntry entry, Dictionary<string, BibtexEntry> byKey)
    {
        var fields = new Dictionary<string, BibtexField>(entry.Fields, StringComparer.OrdinalIgnoreCase);
        var sources = new List<BibtexEntry>();
        foreach (var key in (entry["xdata"] ?? "").Split(',').Select(k => k.Trim()).Where(k => k.Length > 0))
        {
            if (byKey.TryGetValue(key, out var set))
            {
                sources.Add(set);
            }
        }

        if (entry["crossref"] is { } crossref && byKey.TryGetValue(crossref.Trim(), out var parent))
        {
            sources.Add(parent);
        }

        foreach (var source in sources)
        {
            foreach (var (name, field) in source.Fields)
            {
                var target = name == "title" && source.Type != "xdata" ? "booktitle" : name;
                if (target is "crossref" or "xdata" || fields.ContainsKey(target))
                {
                    continue;
                }

                fields[target] = field with { Name = target };
            }
        }

        return entry with { Fields = fields };
    }

    private static ImportedPaper ToPaper(BibtexEntry entry, string file)
    {
        var origin = $"{file}:{entry.Line}";
        var title = entry["title"] is { } t && LatexDecoder.ToMarkdown(t) is { Length: > 0 } decoded ? decoded : throw Error(entry, "title", "the entry has no title");
        if (title.Length > 1000)
        {
            throw Error(entry, "title", $"the title is {title.Length} characters long: is a closing brace missing?");
        }
        var (authors, others) = BibtexNames.Parse(entry["author"] ?? entry["editor"] ?? "");
        if (authors.Count == 0)
        {
            throw Error(entry, "author", "the entry names no author (nor editor)");
        }

        var arxiv = Arxiv(entry);
        var (date, precision) = DateOf(entry);
        return new ImportedPaper(
            Key: entry.Key,
            Title: title,
            Authors: authors,
            EtAl: others,
            Date: date,
            DatePrecision: precision,
            Origin: origin,
            Venue: (entry["journal"] ?? entry["journaltitle"] ?? entry["booktitle"]) is { } venue ? LatexDecoder.ToText(venue) : null,
            EntryType: entry.Type switch { "conference" => "inproceedings", "electronic" or "www" => "online", var type => type },
            Doi: entry["doi"] is { } doi ? CleanDoi(LatexDecoder.ToText(doi)) : null,
            ArxivId: arxiv,
            Category: (entry["primaryclass"] ?? entry["eprintclass"]) is { } category ? LatexDecoder.ToText(category) : null,
            Url: entry["url"] is { } url ? Unescape(url) : null,
            Pdf: entry["pdf"] is { } pdf ? Unescape(pdf) : null,
            Code: entry["code"] is { } code ? Unescape(code) : null,
            Abstract: entry["abstract"] is { } abs ? LatexDecoder.ToMarkdown(abs) : null,
            Tags: entry["keywords"] is { } keywords ? [.. keywords.Split(',', ';').Select(k => LatexDecoder.ToText(k).Trim()).Where(k => k.Length > 0).Distinct()] : [],
            Bibtex: Serialize(entry),
            Extra: entry.Fields.Values.Where(f => !Mapped.Contains(f.Name) && f.Name != "editor").ToDictionary(f => f.Name, f => LatexDecoder.ToText(f.Value), StringComparer.Ordinal));
    }

    /// <summary>The date: biblatex's date (YYYY, YYYY-MM or YYYY-MM-DD), else year with month (a macro, name or number) and day.</summary>
    private static (DateOnly Date, Content.DatePrecision Precision) DateOf(BibtexEntry entry)
    {
        if (entry["date"] is { } date)
        {
            var match = IsoDate().Match(date.Trim());
            if (!match.Success || !TryDate(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, out var value))
            {
                throw Error(entry, "date", $"'date = {{{date}}}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)");
            }

            return (value, Precision(match.Groups[2].Value, match.Groups[3].Value));
        }

        var year = entry["year"]?.Trim();
        if (year is not null && Regex.Match(year, @"^(\d{4})[a-z]?$") is { Success: true } lettered)
        {
            // "2020a" tells two papers of a year apart in author-year styles; the year is 2020.
            year = lettered.Groups[1].Value;
        }

        if (year is null)
        {
            throw Error(entry, "year", "the entry has no year or date");
        }

        var month = entry["month"]?.Trim() ?? "";
        var monthNumber = MonthNumber(month);
        var day = entry["day"]?.Trim() ?? "";
        if (!Regex.IsMatch(year, @"^\d{4}$") || !TryDate(year, monthNumber?.ToString(CultureInfo.InvariantCulture) ?? "", day, out var result))
        {
            throw Error(entry, "year", $"'year = {{{year}}}' is not a year");
        }

        return (result, Precision(monthNumber is null ? "" : "m", monthNumber is null ? "" : day));
    }

    private static Content.DatePrecision Precision(string month, string day) =>
        month.Length == 0 ? Content.DatePrecision.Year : day.Length == 0 ? Content.DatePrecision.Month : Content.DatePrecision.Day;

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = month.Length > 0 ? int.Parse(month, CultureInfo.InvariantCulture) : 1;
        var d = day.Length > 0 && int.TryParse(day, CultureInfo.InvariantCulture, out var parsedDay) ? parsedDay : 1;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m) || y is < 1 or > 9999)
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static int? MonthNumber(string month)
    {
        if (month.Length == 0)
        {
            return null;
        }

        if (int.TryParse(month, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var index = Array.FindIndex(names, n => n.Length > 0 && n.StartsWith(month[..Math.Min(3, month.Length)], StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    private static string? Arxiv(BibtexEntry entry)
    {
        var prefix = (entry["archiveprefix"] ?? entry["eprinttype"])?.Trim();
        if (entry["eprint"] is { } eprint && (prefix is null || prefix.Equals("arxiv", StringComparison.OrdinalIgnoreCase)))
        {
            var id = eprint.Trim().Replace("arXiv:", "", StringComparison.OrdinalIgnoreCase);
            if (ArxivIdShape().IsMatch(id))
            {
                return id;
            }
        }

        if (entry["url"] is { } url && ArxivUrl().Match(url) is { Success: true } match)
        {
            return match.Groups[1].Value;
        }

        // Google Scholar writes preprints as journal = {arXiv preprint arXiv:2401.01234}; Zotero puts the id in a note.
        return new[] { entry["journal"], entry["note"], entry["howpublished"] }.OfType<string>()
            .Select(text => ArxivMention().Match(text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
    }

    private static string CleanDoi(string doi) => DoiPrefix().Replace(doi.Trim(), "");

    /// <summary>URLs in BibTeX escape % and _ (\%, \_); the address itself has none of that.</summary>
    private static string Unescape(string url)
    {
        var text = url.Trim().Replace("\\%", "%", StringComparison.Ordinal).Replace("\\_", "_", StringComparison.Ordinal)
            .Replace("\\&", "&", StringComparison.Ordinal).Replace("\\#", "#", StringComparison.Ordinal)
            .Replace("\\~{}", "~", StringComparison.Ordinal).Replace("\\~", "~", StringComparison.Ordinal)
            .Replace("{\\textasciitilde}", "~", StringComparison.Ordinal).Replace("\\textasciitilde{}", "~", StringComparison.Ordinal);
        return text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + text : text;
    }

    /// <summary>The entry as self-contained BibTeX: macros expanded, inherited fields in place, no crossref left to resolve.</summary>
    private static string Serialize(BibtexEntry entry)
    {
        var text = new StringBuilder().Append('@').Append(entry.Type).Append('{').Append(entry.Key).Append(",\n");
        foreach (var field in entry.Fields.Values.Where(f => f.Name is not ("crossref" or "xdata")).OrderBy(f => f.Line))
        {
            text.Append("  ").Append(field.Name).Append(" = {").Append(field.Value).Append("},\n");
        }

        return text.Append('}').ToString();
    }

    private static FormatException Error(BibtexEntry entry, string field, string message)
    {
        var error = new FormatException(message);
        error.Data["line"] = entry.Fields.TryGetValue(field, out var f) ? f.Line : entry.Line;
        return error;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/([^\s/?#]+?)(?:v\d+)?(?:\.pdf)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$")]
    private static partial Regex ArxivIdShape();

    [GeneratedRegex(@"arXiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivMention();

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();
}
