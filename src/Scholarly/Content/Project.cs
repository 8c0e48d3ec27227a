namespace Scholarly.Content;

/// <summary>A research project (<c>projects/*.md</c>): a card with a summary and an image, a page with its papers.</summary>
internal sealed record Project : Entry
{
    /// <summary>A sentence for the card, as written (inline Markdown rendered in <see cref="SummaryHtml"/>).</summary>
    public required string? Summary { get; init; }

    public required string SummaryHtml { get; init; }

    /// <summary>The project's picture, shown on its card and page and offered to link previews.</summary>
    public required SiteImage? Image { get; init; }

    /// <summary>Its papers, by slug, as written.</summary>
    public required IReadOnlyList<PaperReference> Papers { get; init; }

    /// <summary>Where the list puts it: lower first, then by title.</summary>
    public required int Weight { get; init; }

    /// <summary>"active", "completed" or as written; null when not said.</summary>
    public required string? Status { get; init; }
}
