using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scholarly.Import;

/// <summary>
/// Writes an imported paper as the front matter a person would write by hand: quoted scalars, lists one per line,
/// the abstract and the BibTeX entry as literal blocks, unknown fields under <c>extra</c>.
/// </summary>
internal static class PaperFileWriter
{
    /// <summary>Control characters but line feed and tab, and what YAML also reads as a line break or a mark.</summary>
    private static readonly System.Buffers.SearchValues<char> NotInABlock = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\t')), '\u2028', '\u2029', '\uFEFF']);

    private static readonly JsonWriterOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The keys an import owns; a re-import rewrites these and leaves every other key (featured, badges, …) alone.</summary>
    public static readonly IReadOnlySet<string> OwnedKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "authors", "date", "venue", "type", "category", "tags", "links", "abstract", "bibtex", "extra", "import_key",
    };

    /// <summary>The link kinds an import writes; on a re-import these follow the file, others are the user's.</summary>
    public static readonly IReadOnlySet<string> ImportedLinkKinds = new HashSet<string>(StringComparer.Ordinal) { "doi", "arxiv", "pdf", "code", "url" };

    /// <summary>The owned part of the front matter (no fences), merged with the links and tags the file has already.</summary>
    public static string OwnedFrontMatter(ImportedPaper paper, IReadOnlyDictionary<string, string>? keepLinks = null, IReadOnlyList<string>? keepTags = null)
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Quote(paper.Title)).Append('\n');
        if (paper.Authors.Count > 0 || paper.EtAl)
        {
            yaml.Append("authors:\n");
            foreach (var author in paper.Authors)
            {
                yaml.Append("  - ").Append(Quote(author)).Append('\n');
            }

            if (paper.EtAl)
            {
                yaml.Append("  - et al.\n");
            }
        }

        var dateFormat = paper.DatePrecision switch { Content.DatePrecision.Year => "yyyy", Content.DatePrecision.Month => "yyyy-MM", _ => "yyyy-MM-dd" };
        yaml.Append("date: ").Append(paper.Date.ToString(dateFormat, CultureInfo.InvariantCulture)).Append('\n');
        Scalar(yaml, "venue", paper.Venue);
        Scalar(yaml, "type", paper.EntryType);
        var tags = (keepTags ?? []).Concat(paper.Tags ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (paper.Category is not null && !tags.Contains(paper.Category, StringComparer.OrdinalIgnoreCase))
        {
            tags.Insert(0, paper.Category);
        }

        if (tags.Count > 0)
        {
            yaml.Append("tags: [").Append(string.Join(", ", tags.Select(Quote))).Append("]\n");
        }

        var links = new Dictionary<string, string>(keepLinks ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        void Link(string kind, string? value)
        {
            if (value is not null)
            {
                links[kind] = value;
            }
        }

        Link("doi", paper.Doi);
        Link("arxiv", paper.ArxivId);
        Link("pdf", paper.Pdf);
        Link("code", paper.Code);
        Link("url", paper.Url);
        if (links.Count > 0)
        {
            yaml.Append("links:\n");
            foreach (var (kind, url) in links)
            {
                yaml.Append("  ").Append(Key(kind)).Append(": ").Append(Quote(url)).Append('\n');
            }
        }

        Block(yaml, "abstract", paper.Abstract);
        Block(yaml, "bibtex", paper.Bibtex);
        if (paper.Extra is { Count: > 0 } extra)
        {
            yaml.Append("extra:\n");
            foreach (var (name, value) in extra.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                yaml.Append("  ").Append(Key(name)).Append(": ").Append(Quote(value)).Append('\n');
            }
        }

        yaml.Append("import_key: ").Append(Quote(paper.Key)).Append('\n');
        return yaml.ToString();
    }

    /// <summary>A mapping key as written: plain when it is a simple name, else quoted (a user's link kind may hold ':').</summary>
    private static string Key(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? name : Quote(name);

    /// <summary>A YAML double-quoted scalar (JSON's string syntax is valid YAML).</summary>
    public static string Quote(string text)
    {
        // A writer rather than JsonSerializer: the serializer's reflection is not there in a native (AOT) build.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Quoting))
        {
            writer.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Scalar(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>Multi-line text as a literal block; text a block cannot hold as it is (see below) is quoted instead.</summary>
    private static void Block(StringBuilder yaml, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        // A block shows its text as it is, so what a block cannot hold goes in quotes: leading or trailing blanks,
        // control characters (a lone CR, a form feed), and the characters YAML also reads as line breaks.
        // YAML takes a block's indentation from its first line with text, so that one must not start with a blank.
        var first = lines.FirstOrDefault(l => l.Length > 0) ?? "";
        if (first.StartsWith(' ') || first.StartsWith('\t') || lines.Any(l => l.TrimEnd() != l)
            || value.AsSpan().ContainsAny(NotInABlock))
        {
            yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
            return;
        }

        yaml.Append(key).Append(": |\n");
        foreach (var line in lines)
        {
            yaml.Append(line.Length == 0 ? "" : "  " + line).Append('\n');
        }
    }
}
