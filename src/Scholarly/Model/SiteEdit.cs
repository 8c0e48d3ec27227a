using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>
/// An assembled site with some of its papers read again, made without assembling the whole site anew: for an edit
/// that leaves the site's shape as it was. Each edited paper must keep its address, date, draft state, tags, image
/// and citation key, so every list keeps its members and its order and the site made here is the one the assemble
/// phase would make from the same files; what depends on the papers' other fields (the metrics, the order of lists
/// by weight, each paper's tags) is worked out again as the assemble phase does.
/// </summary>
internal static class SiteEdit
{
    /// <summary><paramref name="site"/> with each paper of <paramref name="edited"/>'s keys replaced by its value, or null when an edit changes the site's shape.</summary>
    public static Site? Replacing(Site site, IReadOnlyDictionary<Paper, Paper> edited)
    {
        if (!edited.All(edit => KeepsShape(edit.Key, edit.Value)))
        {
            return null;
        }

        Paper Swap(Paper paper) => edited.TryGetValue(paper, out var replaced) ? replaced : paper;
        List<Paper> SwapAll(IEnumerable<Paper> papers) => [.. papers.Select(Swap)];

        var papers = SwapAll(site.Papers);
        var config = site.Config;
        // Made anew, not with `with`: the site works out its tables by paper (tags, ranks, the listed order) when made,
        // and a copy would keep them for the papers replaced.
        return new Site(
            config,
            site.Profile,
            papers,
            [.. site.Tags.Select(tag => tag.Papers.Any(edited.ContainsKey) ? tag with { Papers = SwapAll(tag.Papers) } : tag)],
            [.. site.Years.Select(year => year.Papers.Any(edited.ContainsKey) ? year with { Papers = SwapAll(year.Papers) } : year)],
            site.BuildDate,
            site.CitationKeys.ToDictionary<KeyValuePair<Paper, string>, Paper, string>(pair => Swap(pair.Key), pair => pair.Value, ReferenceEqualityComparer.Instance),
            CitationMetrics.Merge(site.Profile.Metrics, CitationMetrics.Compute(papers, config.ComputedMetricVisibility), config.PreferComputedMetrics),
            site.Pages,
            site.Menu,
            site.ImageSizes)
        {
            News = site.News,
            Talks = site.Talks,
            Teaching = site.Teaching,
            Projects = site.Projects,
            Cv = site.Cv,
            RelatedPapers = site.RelatedPapers.ToDictionary<KeyValuePair<Entry, IReadOnlyList<Paper>>, Entry, IReadOnlyList<Paper>>(pair => pair.Key, pair => SwapAll(pair.Value), ReferenceEqualityComparer.Instance),
            RelatedEntries = site.RelatedEntries.ToDictionary<KeyValuePair<Paper, IReadOnlyList<Entry>>, Paper, IReadOnlyList<Entry>>(pair => Swap(pair.Key), pair => pair.Value, ReferenceEqualityComparer.Instance),
        };
    }

    /// <summary>Whether <paramref name="edited"/> stands where <paramref name="paper"/> stood in every list, under the same address and key.</summary>
    private static bool KeepsShape(Paper paper, Paper edited) =>
        paper.SourceFile == edited.SourceFile
        && paper.Slug == edited.Slug
        && paper.Date == edited.Date
        && paper.Draft == edited.Draft
        && paper.Tags.SequenceEqual(edited.Tags, StringComparer.Ordinal)
        && paper.Image?.Url == edited.Image?.Url
        && CitationKeys.SameKey(paper, edited);
}
