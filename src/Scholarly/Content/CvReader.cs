using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>
/// Reads <c>cv.yml</c>: each top-level key is a section, in the order written, holding a list of entries in the shape
/// of JSON Resume (work, education, awards …, camelCase or snake_case) or plain lines. <c>publications</c>,
/// <c>talks</c> and <c>teaching</c> are made from the site's own content; naming them places them (or, with
/// <c>false</c>, leaves them out), else they follow the written sections.
/// </summary>
internal static class CvReader
{
    /// <summary>Headings for the section names people use; any other name is shown as written, its first letter raised.</summary>
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["education"] = "Education", ["positions"] = "Positions", ["work"] = "Experience", ["experience"] = "Experience",
        ["awards"] = "Awards and honours", ["honors"] = "Honours", ["grants"] = "Grants and funding", ["funding"] = "Funding",
        ["service"] = "Service", ["students"] = "Students", ["mentoring"] = "Mentoring", ["skills"] = "Skills",
        ["languages"] = "Languages", ["interests"] = "Interests", ["references"] = "References", ["volunteer"] = "Volunteering",
        ["certificates"] = "Certificates", ["projects"] = "Projects", ["publications"] = "Publications", ["talks"] = "Talks",
        ["teaching"] = "Teaching",
    };

    private static readonly Dictionary<string, CvSectionKind> Generated = new(StringComparer.Ordinal)
    {
        ["publications"] = CvSectionKind.Publications, ["talks"] = CvSectionKind.Talks, ["teaching"] = CvSectionKind.Teaching,
    };

    /// <summary>What a written section given as a mapping may say: <c>{ title: …, items: [...] }</c>.</summary>
    private static readonly HashSet<string> SectionKeys = new(StringComparer.Ordinal) { "title", "items" };

    /// <summary>What a generated section given as a mapping may say; only the publications can be grouped.</summary>
    private static readonly HashSet<string> PublicationKeys = new(StringComparer.Ordinal) { "title", "group_by" };

    private static readonly HashSet<string> GeneratedKeys = new(StringComparer.Ordinal) { "title" };

    /// <summary>Every key an entry may have, each under one canonical name (JSON Resume's camelCase is read as snake_case).</summary>
    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal)
    {
        "position", "role", "title", "name", "degree", "study_type", "area", "institution", "organization", "organisation",
        "company", "awarder", "issuer", "funder", "publisher", "location", "url", "start_date", "start", "end_date", "end",
        "date", "release_date", "summary", "description", "highlights", "keywords", "score", "gpa", "amount", "level",
        "fluency", "language", "courses", "advisor", "thesis", "topic", "now", "reference",
    };

    /// <summary>The CV, or null when the site has no cv.yml or it has errors (those are in the diagnostics).</summary>
    public static Cv? Read(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics, out bool failed)
    {
        failed = false;
        var path = Path.Combine(siteDirectory, SiteLayout.CvFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var local = new DiagnosticBag();
        Cv? cv = null;
        try
        {
            var map = YamlMap.Parse(ContentText.Read(path), SiteLayout.CvFile, 0, local);
            cv = map is null ? null : Sections(map, markdown);
        }
        catch (InvalidContentException e)
        {
            local.Error(SiteLayout.CvFile, e.Line, 0, e.Message);
        }

        diagnostics.AddRange(local);
        failed = local.HasErrors;
        return failed ? null : cv;
    }

    private static Cv Sections(YamlMap map, MarkdownRenderer markdown)
    {
        var sections = new List<CvSection>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            named.Add(key);
            if (key == "basics")
            {
                map.Warning(map.LineOf(key), $"'basics' is not read here: the CV's name, position and links come from {SiteLayout.ProfileFile}");
                continue;
            }

            // "Publications:" is the generated section as much as "publications:" is.
            if (Generated.TryGetValue(key.ToLowerInvariant(), out var kind))
            {
                if (GeneratedSection(map, key, kind) is { } generated)
                {
                    sections.Add(generated);
                }

                continue;
            }

            var title = TitleOf(key);
            var items = map.IsMap(key) ? map.Map(key) : null;
            if (items is not null && !items.Keys.Any(SectionKeys.Contains))
            {
                // An entry written without its "- " (education: { institution: … }) is no section of options.
                map.Error(map.LineOf(key), $"section '{key}' must be a list of entries: write each under a '- ' ({key}:\n  - {items.Keys.FirstOrDefault()}: …)");
                continue;
            }

            if (items is not null)
            {
                items.WarnUnknownKeys(SectionKeys, $"section '{key}'");
                title = items.String("title")?.Trim() ?? title;
            }

            var list = items ?? map;
            var listKey = items is null ? key : "items";
            if (!list.IsList(listKey))
            {
                list.Error(list.LineOf(listKey), $"section '{key}' must be a list of entries (- institution: …, or - one line each)");
                continue;
            }

            sections.Add(new CvSection(key, title, CvSectionKind.Written, [.. list.Items(listKey).Select(item => EntryOf(item.Text, item.Map, list.MathProblemsAt(item.Line), markdown)).OfType<CvEntry>()]));
        }

        // The generated sections the file does not name follow what it wrote.
        foreach (var (key, kind) in Generated.Where(g => !named.Contains(g.Key, StringComparer.OrdinalIgnoreCase)))
        {
            sections.Add(new CvSection(key, TitleOf(key), kind, []));
        }

        return new Cv(sections, SiteLayout.CvFile);
    }

    /// <summary><c>publications:</c> as <c>true</c>/<c>false</c>, or a mapping with <c>title</c> and <c>group_by</c> (year or type).</summary>
    private static CvSection? GeneratedSection(YamlMap map, string key, CvSectionKind kind)
    {
        var name = key.ToLowerInvariant();
        if (map.IsList(key))
        {
            map.Error(map.LineOf(key), $"'{key}' is made from the site's {(kind == CvSectionKind.Publications ? "papers" : name)}: give it as true or false, or {{ title: … }}, to place or leave it out; to write a list of your own, name the section otherwise (selected_{name}:)");
            return null;
        }

        if (!map.IsMap(key))
        {
            return map.Bool(key, true) ? new CvSection(name, TitleOf(name), kind, []) : null;
        }

        var options = map.Map(key)!;
        options.WarnUnknownKeys(kind == CvSectionKind.Publications ? PublicationKeys : GeneratedKeys, $"section '{key}'");
        var groupBy = options.String("group_by")?.Trim() ?? "year";
        if (groupBy is not ("year" or "type" or "none"))
        {
            options.Error(options.LineOf("group_by"), $"'group_by' must be year, type or none, not '{groupBy}'");
        }

        return new CvSection(name, options.String("title")?.Trim() ?? TitleOf(name), kind, [], groupBy);
    }

    private static string TitleOf(string key) =>
        Titles.TryGetValue(key, out var title) ? title : key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');

    /// <param name="mathProblems">Reports a formula of the entry that cannot be typeset, at the entry's line.</param>
    private static CvEntry? EntryOf(string? text, YamlMap? item, Action<MathProblem> mathProblems, MarkdownRenderer markdown)
    {
        if (item is null)
        {
            return text is { Length: > 0 } ? new CvEntry(0, markdown.ToInlineHtml(text, withLinks: true, mathProblems), null, null, null, null, [], "", [], []) : null;
        }

        string? Get(params string[] keys) => keys.Select(k => item.String(k) ?? item.String(CamelCase(k))).FirstOrDefault(v => v is { Length: > 0 })?.Trim();
        WarnUnknown(item);

        var degree = Get("study_type", "degree");
        var area = Get("area");
        var role = Get("position", "role");
        var title = Get("title");
        var name = Get("name", "language");
        var organisation = Get("institution", "organization", "organisation", "company", "awarder", "issuer", "funder", "publisher");
        var (what, where) = (degree, area, role, title) switch
        {
            ({ } d, { } a, _, _) => ($"{d} in {a}", organisation),
            ({ } d, null, _, _) => (d, organisation),
            (null, { } a, _, _) => (a, organisation),
            (_, _, { } r, _) => (r, organisation ?? name),
            (_, _, _, { } t) => (t, organisation ?? name),
            _ => (name ?? organisation ?? "", name is null ? null : organisation),
        };

        var start = Dated(item, Get("start_date", "start"));
        var end = Dated(item, Get("end_date", "end"));
        var date = Dated(item, Get("date", "release_date"));
        if (what.Length == 0)
        {
            item.Warning(item.Line, "this CV entry has no main line: give it a position, title, degree, institution or name");
        }

        var when = start is not null && end is not null && CvDate.Format(start) == CvDate.Format(end) ? CvDate.Format(start)
            : start is not null ? $"{CvDate.Format(start)} – {(end is null ? "present" : CvDate.Format(end))}"
            : end is not null ? CvDate.Format(end)
            : date is not null ? CvDate.Format(date) : null;

        List<string> details = [];
        void Detail(string? value, string label = "")
        {
            if (value is not null)
            {
                details.Add(label + value);
            }
        }

        Detail(Get("score", "gpa"), "GPA ");
        Detail(Get("amount"));
        Detail(Get("level", "fluency"));
        Detail(Get("advisor"), "Advisor: ");
        Detail(Get("thesis"), "Thesis: ");
        Detail(Get("topic"), "Topic: ");
        Detail(Get("now"), "Now: ");
        var courses = item.StringList("courses");
        if (courses.Count > 0)
        {
            details.Add("Courses: " + string.Join(", ", courses));
        }

        var raw = Get("url");
        var url = raw is null ? null : LinkAddress.Normalize("url", raw, out _);
        if (raw is not null && url is null)
        {
            item.Warning(item.LineOf("url"), $"this entry's 'url' is left out: it is not an address ({raw})");
        }

        var summary = Get("summary", "description", "reference");
        return new CvEntry(
            item.Line,
            markdown.ToInlineHtml(what, onMathProblem: mathProblems),
            url,
            where,
            Get("location"),
            when,
            details,
            summary is null ? "" : markdown.ToHtml(summary, mathProblems),
            [.. item.StringList("highlights").Select(h => markdown.ToInlineHtml(h, withLinks: true, mathProblems))],
            item.StringList("keywords"));
    }

    /// <summary>A value written like a date that no calendar has (2019-02-30, 2019-13) is a warning; it is shown as written.</summary>
    private static string? Dated(YamlMap item, string? value)
    {
        if (value is not null && CvDate.LooksLikeADate(value) && !CvDate.IsDate(value))
        {
            item.Warning(item.Line, $"'{value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); it is shown as written");
        }

        return value;
    }

    /// <summary>Every key of an entry in both spellings, snake_case and JSON Resume's camelCase.</summary>
    private static readonly HashSet<string> EntryKeysEitherWay = new([.. EntryKeys, .. EntryKeys.Select(CamelCase)], StringComparer.Ordinal);

    private static void WarnUnknown(YamlMap item) => item.WarnUnknownKeys(EntryKeysEitherWay, "a CV entry");

    /// <summary>JSON Resume's spelling of a key: start_date → startDate.</summary>
    private static string CamelCase(string key)
    {
        var parts = key.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
