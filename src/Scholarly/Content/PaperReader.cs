using System.Text.RegularExpressions;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Text;

namespace Scholarly.Content;

/// <summary>Reads one paper file into a <see cref="Paper"/>, reporting every problem with its line.</summary>
internal static partial class PaperReader
{
    private static readonly HashSet<string> KnownKeys =
    [
        "title", "authors", "date", "tags", "category", "venue", "links", "citations", "featured", "draft", "abstract", "slug",
        "type", "bibtex", "badges", "import_key", "extra", "image", "weight", "pinned", "venue_short",
    ];

    /// <summary>Reads <paramref name="path"/>; null when it has errors (they are in <paramref name="diagnostics"/>).</summary>
    public static Paper? Read(string path, string displayPath, MarkdownRenderer markdown, DiagnosticBag diagnostics) =>
        Read(File.ReadAllBytes(path), path, displayPath, markdown, diagnostics);

    /// <summary>The paper in <paramref name="bytes"/>, the content of the file at <paramref name="path"/>.</summary>
    public static Paper? Read(byte[] bytes, string path, string displayPath, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = ContentText.Decode(bytes);
        }
        catch (InvalidContentException e)
        {
            diagnostics.Error(displayPath, e.Line, 0, e.Message);
            return null;
        }

        return Parse(text, path, displayPath, markdown, diagnostics);
    }

    /// <summary>
    /// A paper from the text of a file at <paramref name="path"/> (which gives its slug), exactly as a build reads
    /// it: import checks each file it would write this way, so it never writes one the build rejects. Without a
    /// <paramref name="markdown"/> renderer the HTML fields stay empty (Markdown never fails, and a check needs no HTML).
    /// </summary>
    public static Paper? Parse(string text, string path, string displayPath, MarkdownRenderer? markdown, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        Paper? paper;
        try
        {
            paper = ReadFields(text, path, displayPath, markdown, local);
        }
        catch (InvalidDataException e)
        {
            local.Error(displayPath, 1, 0, e.Message);
            paper = null;
        }

        diagnostics.AddRange(local);
        return local.HasErrors ? null : paper;
    }

    private static Paper? ReadFields(string text, string path, string displayPath, MarkdownRenderer? markdown, DiagnosticBag diagnostics)
    {
        var front = FrontMatter.Split(text, displayPath, diagnostics);
        if (front is null)
        {
            return null;
        }

        var map = YamlMap.Parse(front.Yaml, displayPath, front.YamlLineOffset, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.WarnUnknownKeys(KnownKeys, "a paper's front matter");
        var title = map.String("title", required: true);
        var (date, precision) = map.PublicationDate("date", required: true);
        var (authors, marks, etAl) = ReadAuthors(map);
        var tags = map.StringList("tags").Distinct(StringComparer.Ordinal).ToList();
        var slug = ReadSlug(map, path);
        var category = map.String("category")?.Trim() ?? tags.FirstOrDefault(t => ArxivCategory().IsMatch(t));
        return new Paper
        {
            SourceFile = displayPath,
            Slug = slug ?? "",
            Title = title?.Trim() ?? "",
            TitleHtml = markdown?.ToInlineHtml(title?.Trim() ?? "", onMathProblem: map.MathProblemsOf("title")) ?? "",
            Authors = authors,
            EtAl = etAl,
            Date = date ?? default,
            Tags = tags,
            Category = category,
            Venue = map.String("venue")?.Trim(),
            Links = LinkReader.Read(map),
            Citations = map.Int("citations", min: 0),
            Featured = map.Bool("featured", false),
            Draft = map.Bool("draft", false),
            AbstractHtml = markdown?.ToHtml(map.String("abstract") ?? "", map.MathProblemsOf("abstract")) ?? "",
            NotesHtml = markdown?.ToHtml(front.Body, map.MathProblemsOfBody(front.BodyLine)) ?? "",
            EntryType = ReadEntryType(map),
            Bibtex = ReadBibtex(map),
            Badges = map.StringList("badges"),
            Image = ImageReader.Read(map, "Figure from", title?.Trim() ?? "", markdown),
            VenueShort = map.String("venue_short")?.Trim(),
            AuthorsLine = map.LineOf("authors"),
            AuthorMarks = marks.Any(m => m != AuthorMark.None) ? marks : [],
            Weight = map.Int("weight"),
            Pinned = map.Bool("pinned", false),
            DatePrecision = precision,
        };
    }

    /// <summary>What an author given as a mapping may say: <c>- { name: Ada Lovelace, equal: true }</c>.</summary>
    private static readonly HashSet<string> AuthorKeys = new(StringComparer.Ordinal) { "name", "equal", "corresponding" };

    /// <summary>
    /// The names, each one's marks, and whether the list ends with "et al.". A name may carry its marks as the
    /// shorthand people write (<c>Ada Lovelace*</c> equal contribution, <c>Ada Lovelace†</c> corresponding) or be a
    /// mapping with <c>equal</c> and <c>corresponding</c>; the name is kept without them.
    /// </summary>
    private static (IReadOnlyList<string> Authors, List<AuthorMark> Marks, bool EtAl) ReadAuthors(YamlMap map)
    {
        var names = new List<string>();
        var marks = new List<AuthorMark>();
        void Add(string name, AuthorMark mark)
        {
            names.Add(name);
            marks.Add(mark);
        }

        var reported = 0;
        if (map.IsList("authors"))
        {
            var items = map.Items("authors");
            reported = map.ListCount("authors") - items.Count;
            foreach (var (text, entry, _) in items)
            {
                if (entry is null)
                {
                    if (text!.Length > 0)
                    {
                        var (name, mark) = Marked(text);
                        Add(name, mark);
                    }

                    continue;
                }

                entry.WarnUnknownKeys(AuthorKeys, "an author");
                if (entry.String("name", required: true)?.Trim() is { Length: > 0 } given)
                {
                    Add(given, (entry.Bool("equal", false) ? AuthorMark.Equal : AuthorMark.None)
                        | (entry.Bool("corresponding", false) ? AuthorMark.Corresponding : AuthorMark.None));
                }
                else
                {
                    reported++;
                }
            }
        }
        else
        {
            foreach (var text in map.StringList("authors"))
            {
                var (name, mark) = Marked(text);
                Add(name, mark);
            }
        }

        var etAl = names.Count > 0 && EtAlMarker().IsMatch(names[^1]);
        if (etAl)
        {
            names.RemoveAt(names.Count - 1);
            marks.RemoveAt(marks.Count - 1);
        }

        // A list whose items were reported already (a mapping without a name, say) needs no second message.
        if (names.Count == 0 && reported == 0)
        {
            map.Error(map.LineOf("authors"), "'authors' is required: a list with at least one name");
        }

        return (names, marks, etAl);
    }

    /// <summary>"Ada Lovelace*†" → ("Ada Lovelace", equal and corresponding).</summary>
    private static (string Name, AuthorMark Mark) Marked(string text)
    {
        var name = text.Trim();
        var mark = AuthorMark.None;
        while (name.Length > 1 && name[^1] is '*' or '†')
        {
            mark |= name[^1] == '*' ? AuthorMark.Equal : AuthorMark.Corresponding;
            name = name[..^1].TrimEnd();
        }

        return (name, mark);
    }

    private static string? ReadSlug(YamlMap map, string path)
    {
        var explicitSlug = map.String("slug");
        var slug = Slug.OfName(explicitSlug ?? Path.GetFileNameWithoutExtension(path));
        if (slug.Length == 0)
        {
            map.Error(map.LineOf("slug"), explicitSlug is null
                ? "the file name gives no URL-safe slug: add 'slug: some-name' or rename the file"
                : $"'slug' must contain letters or digits, not '{explicitSlug}'");
            return null;
        }

        return slug;
    }

    private static readonly HashSet<string> EntryTypes =
    [
        "article", "inproceedings", "incollection", "book", "inbook", "phdthesis", "mastersthesis", "techreport",
        "misc", "unpublished", "online", "report", "thesis", "proceedings", "patent", "dataset", "software",
        "conference", "manual", "booklet", "inbook", "collection", "periodical", "preprint",
    ];

    private static string? ReadEntryType(YamlMap map)
    {
        var type = map.String("type")?.Trim().ToLowerInvariant();
        if (type is not null && !type.All(char.IsAsciiLetter))
        {
            map.Error(map.LineOf("type"), $"'type' must be a BibTeX entry type such as article or inproceedings, not '{type}'");
            return null;
        }

        if (type is not null && !EntryTypes.Contains(type))
        {
            map.Warning(map.LineOf("type"), $"'type: {type}' is not a BibTeX entry type Scholarly knows ({string.Join(", ", EntryTypes.Order(StringComparer.Ordinal))}); it is used as written");
        }

        return type;
    }

    /// <summary>A paper's own BibTeX entry must at least look like one: "@type{key, ...}".</summary>
    private static string? ReadBibtex(YamlMap map)
    {
        var bibtex = map.String("bibtex")?.Trim();
        if (bibtex is not null && !BibtexEntry().IsMatch(bibtex))
        {
            map.Error(map.LineOf("bibtex"), "'bibtex' must be one BibTeX entry, starting like @article{key,");
            return null;
        }

        return bibtex;
    }

    [GeneratedRegex(@"^@\w+\s*[{(]\s*[^\s,{}()]+\s*,", RegexOptions.None)]
    private static partial Regex BibtexEntry();

    [GeneratedRegex(@"^(et\.?\s*al\.?|others|\.\.\.|…)$", RegexOptions.IgnoreCase)]
    private static partial Regex EtAlMarker();

    /// <summary>arXiv's archive.SUBJECT form: cs.CV, stat.ML, q-bio.QM, eess.IV, math.OC.</summary>
    [GeneratedRegex(@"^[a-z]+(-[a-z]+)?\.[A-Za-z]{2,3}$")]
    private static partial Regex ArxivCategory();
}
