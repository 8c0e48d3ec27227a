using System.Globalization;
using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>
/// Headline numbers computed from the papers' citation counts (h-index, i10-index, citations, papers), merged with
/// the numbers the profile declares.
/// </summary>
internal static class CitationMetrics
{
    /// <summary>The largest h such that h papers have at least h citations each.</summary>
    public static int HIndex(IEnumerable<int> citations)
    {
        var sorted = citations.OrderDescending().ToList();
        var h = 0;
        while (h < sorted.Count && sorted[h] >= h + 1)
        {
            h++;
        }

        return h;
    }

    /// <summary>How many papers have at least ten citations (Google Scholar's i10-index).</summary>
    public static int I10Index(IEnumerable<int> citations) => citations.Count(c => c >= 10);

    /// <summary>The computed metrics, or none when no paper carries a citation count.</summary>
    public static IReadOnlyList<Metric> Compute(IReadOnlyList<Paper> papers)
    {
        var counts = papers.Where(p => p.Citations is not null).Select(p => p.Citations!.Value).ToList();
        if (counts.Count == 0)
        {
            return [];
        }

        static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
        return
        [
            new Metric("h-index", Text(HIndex(counts))),
            new Metric("i10-index", Text(I10Index(counts))),
            new Metric("citations", counts.Sum(c => (long)c).ToString(CultureInfo.InvariantCulture)),
            new Metric("papers", Text(papers.Count)),
        ];
    }

    /// <summary>
    /// The profile's metrics in their own order, then computed ones it does not declare. Where both have a metric of
    /// the same label (case-insensitive), <paramref name="preferComputed"/> decides whose value is shown.
    /// </summary>
    public static IReadOnlyList<Metric> Merge(IReadOnlyList<Metric> declared, IReadOnlyList<Metric> computed, bool preferComputed)
    {
        var byLabel = computed.ToDictionary(m => m.Label, StringComparer.OrdinalIgnoreCase);
        var merged = declared.Select(m => preferComputed && byLabel.TryGetValue(m.Label, out var c) ? m with { Value = c.Value } : m).ToList();
        merged.AddRange(computed.Where(c => !declared.Any(d => string.Equals(d.Label, c.Label, StringComparison.OrdinalIgnoreCase))));
        return merged;
    }
}
