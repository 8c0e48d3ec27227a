using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>The kind of publication a CV groups papers by, from the BibTeX entry type (or, without one, the venue and arXiv).</summary>
internal static class PublicationKind
{
    /// <summary>The groups in the order a CV lists them.</summary>
    public static readonly IReadOnlyList<string> Order = ["Journal articles", "Conference papers", "Books and chapters", "Theses", "Preprints", "Other"];

    public static string Of(Paper paper) => paper.EntryType switch
    {
        "article" => "Journal articles",
        "inproceedings" or "conference" or "proceedings" => "Conference papers",
        "book" or "inbook" or "incollection" or "collection" => "Books and chapters",
        "phdthesis" or "mastersthesis" or "thesis" => "Theses",
        "preprint" or "unpublished" => "Preprints",

        // BibTeX has no preprint type: an arXiv paper is a @misc (so import writes type: misc).
        "misc" or "online" when paper.Category is not null || paper.Links.Any(l => l.Kind == "arxiv") => "Preprints",
        null when paper.Venue is not null => "Conference papers",
        null when paper.Category is not null || paper.Links.Any(l => l.Kind == "arxiv") => "Preprints",
        _ => "Other",
    };
}
