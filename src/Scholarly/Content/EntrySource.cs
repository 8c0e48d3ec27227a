using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>
/// One file of a content folder while it is read: its front matter, its body and the keys every kind shares, so a
/// kind's reader only reads what is its own.
/// </summary>
internal sealed class EntrySource(YamlMap map, string body, int bodyLine, string file, MarkdownRenderer markdown)
{
    /// <summary>The keys every file of a content folder may have besides its kind's own (a page has no links).</summary>
    public static readonly IReadOnlyList<string> CommonKeys = ["title", "slug", "draft"];

    public YamlMap Map { get; } = map;

    public MarkdownRenderer Markdown { get; } = markdown;

    /// <summary>The file as shown in diagnostics: "talks/neurips.md".</summary>
    public string DisplayPath => Map.File;

    /// <summary>The title as written, trimmed; "" (with an error) when it is missing.</summary>
    public string Title { get; } = map.String("title", required: true)?.Trim() ?? "";

    /// <summary>The slug from <c>slug:</c> or the file name; "" (with an error) when neither gives letters or digits.</summary>
    public string Slug => _slug ??= ReadSlug();

    private string? _slug;

    private string ReadSlug()
    {
        var name = Scholarly.Text.Slug.OfName(Map.String("slug") ?? Path.GetFileNameWithoutExtension(file));
        if (name.Length == 0)
        {
            Map.Error(Map.LineOf("slug"), "the address would be empty: give the file a name, or 'slug:', with letters or digits");
        }

        return name;
    }

    /// <summary>
    /// <paramref name="entry"/>, which its kind's reader made with its own keys, with every key <see cref="Entry"/>
    /// has read from this file.
    /// </summary>
    /// <param name="titleKeepsLinks">For a kind whose title is the entry itself (a news item): its links are kept.</param>
    public T Complete<T>(T entry, bool titleKeepsLinks = false)
        where T : Entry
    {
        var titleHtml = Markdown.ToInlineHtml(Title, withLinks: titleKeepsLinks, Map.MathProblemsOf("title"));
        return (T)((Entry)entry with
        {
            SourceFile = DisplayPath,
            Slug = Slug,
            Title = Title,
            TitleHtml = titleHtml,
            TitleText = HtmlToText.Convert(titleHtml),
            BodyHtml = BodyHtml,
            Links = LinkReader.Read(Map),
            Draft = Draft,
        });
    }

    /// <summary>The body, rendered (once: a reader asks for it once).</summary>
    public string BodyHtml => _bodyHtml ??= Markdown.ToHtml(body, Map.MathProblemsOfBody(bodyLine));

    private string? _bodyHtml;

    public bool Draft => Map.Bool("draft", false);

    /// <summary>A trimmed text value, null when missing or blank.</summary>
    public string? Text(string key) => Map.String(key)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary><c>papers:</c>, slugs of the site's papers (or their file names), each with its line.</summary>
    public IReadOnlyList<PaperReference> Papers()
    {
        if (!Map.Has("papers"))
        {
            return [];
        }

        var references = new List<PaperReference>();
        if (!Map.IsList("papers"))
        {
            return [.. Map.StringList("papers").Select(slug => new PaperReference(SlugOf(slug), Map.LineOf("papers")))];
        }

        foreach (var (text, item, line) in Map.Items("papers"))
        {
            if (item is not null)
            {
                Map.Error(line, "'papers' lists papers by their slug, the name of their file without .md (papers: [gba, d-cpt])");
            }
            else if (text is { Length: > 0 })
            {
                references.Add(new PaperReference(SlugOf(text), line));
            }
        }

        return references;
    }

    /// <summary>A paper named as its slug or its file's name ("gba", "gba.md", "papers/2022/gba.md").</summary>
    private static string SlugOf(string text)
    {
        var name = text.Trim();
        if (name.EndsWith(".md", StringComparison.Ordinal))
        {
            // A file's name, in a subfolder or not, gives its slug as the paper's reader takes it.
            name = Path.GetFileName(name[..^3]);
        }

        return Scholarly.Text.Slug.From(name);
    }
}
