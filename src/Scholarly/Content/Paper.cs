using System.Text.Json.Serialization;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>One publication, as loaded from its file under <c>papers/</c>, Markdown already rendered.</summary>
internal sealed record Paper
{
    /// <summary>The file it came from, relative to the site folder, as shown in diagnostics.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The URL-safe name of its page: <c>papers/{Slug}/</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The title as written (Markdown and TeX in it unrendered).</summary>
    public required string Title { get; init; }

    /// <summary>The title with its inline Markdown and math rendered, for headings.</summary>
    public required string TitleHtml { get; init; }

    /// <summary>
    /// The title as plain text, for what cannot hold HTML (<c>&lt;title&gt;</c>, meta tags, JSON-LD, feeds, RIS):
    /// no Markdown markers, and math in Unicode ("ℝ^d", "2×").
    /// </summary>
    [JsonIgnore] // worked out again from TitleHtml; Content/PaperStore need not keep it
    public string TitleText { get => field ??= HtmlToText.Convert(TitleHtml); init; }

    /// <summary>The authors as written, without a trailing "et al."</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>True when the list as written ends with "et al." (the full list is not known).</summary>
    public required bool EtAl { get; init; }

    /// <summary>When it was published; see <see cref="DatePrecision"/> for how much of it the file gives.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Its tags as written, each once.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The primary arXiv-style category (cs.CV), explicit or the first such tag.</summary>
    public required string? Category { get; init; }

    /// <summary>Where it appeared (a journal, a conference), or null.</summary>
    public required string? Venue { get; init; }

    /// <summary>Its links (PDF, code, arXiv …), in the order written.</summary>
    public required IReadOnlyList<Link> Links { get; init; }

    /// <summary>How often it is cited, when the file says.</summary>
    public required int? Citations { get; init; }

    /// <summary>Shown among the highlighted papers.</summary>
    public required bool Featured { get; init; }

    /// <summary>Left out of the site unless the build asks for drafts.</summary>
    public required bool Draft { get; init; }

    /// <summary>The abstract, rendered.</summary>
    public required string AbstractHtml { get; init; }

    /// <summary>The body of the file, rendered.</summary>
    public required string NotesHtml { get; init; }

    /// <summary>The BibTeX entry type when the file says (article, inproceedings, ...); else chosen from the venue.</summary>
    public string? EntryType { get; init; }

    /// <summary>The paper's own BibTeX entry, used as written by the exports.</summary>
    public string? Bibtex { get; init; }

    /// <summary>Short labels shown with the paper: "Oral", "Best Paper".</summary>
    public IReadOnlyList<string> Badges { get; init; } = [];

    /// <summary>Each author's marks, in the order of <see cref="Authors"/>; empty when no author has one.</summary>
    public IReadOnlyList<AuthorMark> AuthorMarks { get; init; } = [];

    /// <summary>The line of <c>authors:</c>, for messages about a name.</summary>
    public int AuthorsLine { get; init; }

    /// <summary>The venue as a card's badge shows it ("NeurIPS 2024"), or null for the arXiv category.</summary>
    public string? VenueShort { get; init; }

    /// <summary>Its place in a manually ordered list (<c>sort: manual</c>): lower first; null to follow by date.</summary>
    public int? Weight { get; init; }

    /// <summary>Listed before every other paper (<c>pinned: true</c>), whatever the order.</summary>
    public bool Pinned { get; init; }

    /// <summary>The paper's figure (<c>image:</c>): shown on its page and offered to link previews; null without one.</summary>
    public SiteImage? Image { get; init; }

    /// <summary>The abstract as plain text (RIS, CSL-JSON): no Markdown markers, math in Unicode.</summary>
    [JsonIgnore]
    public string AbstractText => field ??= HtmlToText.Convert(AbstractHtml);

    /// <summary>How much of <c>Date</c> the file gives: a year-only date is shown as "2019".</summary>
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;
}
