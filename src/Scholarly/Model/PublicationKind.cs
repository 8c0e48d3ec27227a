using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>The kind of publication a CV groups papers by, from the BibTeX entry type (or, without one, the venue and arXiv).</summary>
internal static class PublicationKind
{
    /// <summary>The groups in the order a CV lists them.</summary>
    public static readonly IReadOnlyList<string> Order = ["Journal articles", "Conference papers", "Books and chapters", "Theses", "Preprints", "Other"];

    /// <summary>The papers by kind, the kinds in <see cref="Order"/>, each kind's papers in the order given.</summary>
    public static IEnumerable<IGrouping<string, Paper>> GroupsOf(IEnumerable<Paper> papers) =>
        papers.GroupBy(Of).OrderBy(kind => Rank[kind.Key]);

    private static readonly Dictionary<string, int> Rank = Order.Select((kind, i) => (kind, i)).ToDictionary(pair => pair.kind, pair => pair.i, StringComparer.Ordinal);

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
