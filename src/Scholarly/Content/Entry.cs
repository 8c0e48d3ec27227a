namespace Scholarly.Content;

/// <summary>
/// What every file of a content folder (news, talks, teaching, projects) has: a title, an address, links and a
/// Markdown body. Each kind adds its own keys; equality is by reference where entries key a table.
/// </summary>
/// <remarks>A kind's reader sets its own keys and <see cref="EntrySource.Complete{T}"/> these, read alike for every kind.</remarks>
internal abstract record Entry
{
    /// <summary>The file it came from, relative to the site folder, as shown in diagnostics.</summary>
    public string SourceFile { get; init; } = "";

    /// <summary>The URL-safe name of the entry (its page, or its anchor on the kind's page), from the file name or <c>slug:</c>.</summary>
    public string Slug { get; init; } = "";

    /// <summary>The title as written.</summary>
    public string Title { get; init; } = "";

    /// <summary>The title with its inline Markdown and math rendered (a news item's title may carry a link).</summary>
    public string TitleHtml { get; init; } = "";

    /// <summary>The title as plain text, markup and math read out ("Top-k"), for feeds, previews and JSON-LD.</summary>
    public string TitleText { get; init; } = "";

    /// <summary>The body of the file, rendered; empty for a one-line item.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>Its links (slides, video, event page …), in the order written.</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];

    /// <summary>Left out of the site unless the build asks for drafts.</summary>
    public bool Draft { get; init; }
}
