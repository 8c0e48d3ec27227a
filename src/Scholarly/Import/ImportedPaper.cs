namespace Scholarly.Import;

/// <summary>A publication read from any import format, in the terms of a paper file.</summary>
/// <param name="Key">The citation key (BibTeX), item id (CSL-JSON) or arXiv id: what a re-import matches on.</param>
/// <param name="Title">The title as Markdown (math kept).</param>
/// <param name="Origin">Where it came from, "refs.bib:12", for messages.</param>
/// <param name="Bibtex">A self-contained BibTeX entry (macros expanded, crossref fields included) for exports.</param>
/// <param name="Extra">Fields Scholarly has no place for, kept as written.</param>
internal sealed record ImportedPaper(
    string Key,
    string Title,
    IReadOnlyList<string> Authors,
    bool EtAl,
    DateOnly Date,
    string Origin,
    string? Venue = null,
    string? EntryType = null,
    string? Doi = null,
    string? ArxivId = null,
    string? Category = null,
    string? Url = null,
    string? Pdf = null,
    string? Code = null,
    string? Abstract = null,
    IReadOnlyList<string>? Tags = null,
    string? Bibtex = null,
    IReadOnlyDictionary<string, string>? Extra = null,
    Content.DatePrecision DatePrecision = Content.DatePrecision.Day);
