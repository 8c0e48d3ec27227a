namespace Scholarly.Content;

/// <summary>One publication, as loaded from its file under <c>papers/</c>, Markdown already rendered.</summary>
/// <param name="SourceFile">The file it came from, relative to the site folder, as shown in diagnostics.</param>
/// <param name="Slug">The URL-safe name of its page: <c>papers/{Slug}/</c>.</param>
/// <param name="TitleHtml">The title with its inline Markdown and math rendered, for headings.</param>
/// <param name="Authors">The authors as written, without a trailing "et al."</param>
/// <param name="EtAl">True when the list as written ends with "et al." (the full list is not known).</param>
/// <param name="EntryType">The BibTeX entry type when the file says (article, inproceedings, ...); else chosen from the venue.</param>
/// <param name="Bibtex">The paper's own BibTeX entry, used as written by the exports.</param>
/// <param name="Badges">Short labels shown with the paper: "Oral", "Best Paper".</param>
/// <param name="DatePrecision">How much of <c>Date</c> the file gives: a year-only date is shown as "2019".</param>
/// <param name="AbstractText">The abstract as the file has it (Markdown), for plain-text exports.</param>
/// <param name="Category">The primary arXiv-style category (cs.CV), explicit or the first such tag.</param>
public sealed record Paper(
    string SourceFile,
    string Slug,
    string Title,
    string TitleHtml,
    IReadOnlyList<string> Authors,
    bool EtAl,
    DateOnly Date,
    IReadOnlyList<string> Tags,
    string? Category,
    string? Venue,
    IReadOnlyList<Link> Links,
    int? Citations,
    bool Featured,
    bool Draft,
    string AbstractHtml,
    string NotesHtml,
    string? EntryType = null,
    string? Bibtex = null,
    IReadOnlyList<string>? Badges = null,
    string AbstractText = "",
    DatePrecision DatePrecision = DatePrecision.Day);
