using System.Globalization;
using Scholarly.Configuration;
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

    /// <summary>
    /// The computed metrics to show: by default each only when it rests on counts (some paper carries a citation
    /// count and the value is not zero: a new site shows no "0 i10-index"); <paramref name="visibility"/> can show
    /// or hide each.
    /// </summary>
    public static IReadOnlyList<Metric> Compute(IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, MetricVisibility> visibility)
    {
        var counts = papers.Where(p => p.Citations is not null).Select(p => p.Citations!.Value).ToList();
        var values = new Dictionary<string, long>
        {
            [ComputedMetrics.HIndex] = HIndex(counts),
            [ComputedMetrics.I10Index] = I10Index(counts),
            [ComputedMetrics.Citations] = counts.Sum(c => (long)c),
            [ComputedMetrics.Papers] = papers.Count,
        };

        return
        [
            .. ComputedMetrics.All
                .Where(name => visibility.GetValueOrDefault(name) switch
                {
                    MetricVisibility.Show => true,
                    MetricVisibility.Hide => false,
                    _ => counts.Count > 0 && values[name] > 0,
                })
                .Select(name => new Metric(Label(name, values[name]), values[name].ToString(CultureInfo.InvariantCulture), name)),
        ];
    }

    /// <summary>"1 paper", "1 citation": the count's own noun; the indexes keep their names.</summary>
    private static string Label(string name, long value) =>
        value == 1 && name is ComputedMetrics.Papers or ComputedMetrics.Citations ? name.TrimEnd('s') : name;

    /// <summary>
    /// The profile's metrics in their own order, then computed ones it does not declare. Where both have a metric of
    /// the same label (case-insensitive), <paramref name="preferComputed"/> decides whose value is shown.
    /// </summary>
    public static IReadOnlyList<Metric> Merge(IReadOnlyList<Metric> declared, IReadOnlyList<Metric> computed, bool preferComputed)
    {
        var byName = computed.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        var merged = declared.Select(m => preferComputed && byName.TryGetValue(m.Label, out var c) ? m with { Value = c.Value } : m).ToList();
        merged.AddRange(computed.Where(c => !declared.Any(d => string.Equals(d.Label, c.Name, StringComparison.OrdinalIgnoreCase))));
        return merged;
    }
}
