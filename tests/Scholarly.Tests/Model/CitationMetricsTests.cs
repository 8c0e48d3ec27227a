using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Model;

namespace Scholarly.Tests.Model;

public class CitationMetricsTests
{
    [TestCase(new int[0], 0)]
    [TestCase(new[] { 0, 0, 0 }, 0)]
    [TestCase(new[] { 1 }, 1)]
    [TestCase(new[] { 10, 8, 5, 4, 3 }, 4)]
    [TestCase(new[] { 25, 8, 5, 3, 3 }, 3)]
    [TestCase(new[] { 100, 100, 100 }, 3)]
    [TestCase(new[] { 6, 5, 3, 1, 0 }, 3)]
    public void HIndexIsTheLargestHWithHPapersOfAtLeastHCitations(int[] citations, int expected) =>
        Assert.That(CitationMetrics.HIndex(citations), Is.EqualTo(expected));

    [Test]
    public void I10CountsPapersWithTenOrMore() =>
        Assert.That(CitationMetrics.I10Index([9, 10, 11, 250, 0]), Is.EqualTo(3));

    [Test]
    public void DeclaredMetricsKeepTheirOrderAndTheConfigSaysWhichValueWins()
    {
        Metric[] declared = [new("h-index", "27"), new("Novelty", "58%"), new("citations", "883")];
        Metric[] computed = [new("h-index", "3"), new("i10-index", "1"), new("citations", "40"), new("papers", "5")];

        Assert.That(CitationMetrics.Merge(declared, computed, preferComputed: false).Select(m => $"{m.Label}={m.Value}"),
            Is.EqualTo(new[] { "h-index=27", "Novelty=58%", "citations=883", "i10-index=1", "papers=5" }));
        Assert.That(CitationMetrics.Merge(declared, computed, preferComputed: true).Select(m => $"{m.Label}={m.Value}"),
            Is.EqualTo(new[] { "h-index=3", "Novelty=58%", "citations=40", "i10-index=1", "papers=5" }));
    }

    private static Paper PaperWith(int? citations) => new()
    {
        SourceFile = "papers/p.md", Slug = "p", Title = "A paper", TitleHtml = "A paper", Authors = ["A. Author"], EtAl = false,
        Date = new DateOnly(2024, 1, 1), Tags = [], Category = null, Venue = null, Links = [], Citations = citations,
        Featured = false, Draft = false, AbstractHtml = "", NotesHtml = "",
    };

    private static string Shown(IReadOnlyList<Paper> papers, Dictionary<string, MetricVisibility>? visibility = null) =>
        string.Join(", ", CitationMetrics.Compute(papers, visibility ?? []).Select(m => $"{m.Value} {m.Label}"));

    [Test]
    public void ByDefaultAComputedMetricShowsOnlyWhatRestsOnCounts()
    {
        Assert.Multiple(() =>
        {
            // A new site: one paper with 3 citations has no i10-index to speak of.
            Assert.That(Shown([PaperWith(3)]), Is.EqualTo("1 h-index, 3 citations, 1 paper"));
            Assert.That(Shown([PaperWith(1), PaperWith(null)]), Is.EqualTo("1 h-index, 1 citation, 2 papers"));
            Assert.That(Shown([PaperWith(0), PaperWith(0)]), Is.EqualTo("2 papers"));
            Assert.That(Shown([PaperWith(null), PaperWith(null)]), Is.Empty, "no paper carries a count");
            Assert.That(Shown([PaperWith(12), PaperWith(30)]), Is.EqualTo("2 h-index, 2 i10-index, 42 citations, 2 papers"));
        });
    }

    [Test]
    public void EachComputedMetricCanBeShownOrHidden()
    {
        var visibility = new Dictionary<string, MetricVisibility> { ["i10-index"] = MetricVisibility.Show, ["papers"] = MetricVisibility.Hide };

        Assert.That(Shown([PaperWith(3)], visibility), Is.EqualTo("1 h-index, 0 i10-index, 3 citations"));
        Assert.That(Shown([PaperWith(null)], visibility), Is.EqualTo("0 i10-index"));
    }

    [Test]
    public void ADeclaredMetricMatchesAComputedOneWhateverItsNumber()
    {
        Metric[] declared = [new("papers", "40")];
        var computed = CitationMetrics.Compute([PaperWith(5)], new Dictionary<string, MetricVisibility>());

        Assert.That(CitationMetrics.Merge(declared, computed, preferComputed: true).Select(m => $"{m.Label}={m.Value}"),
            Is.EqualTo(new[] { "papers=1", "h-index=1", "citations=5" }));
    }
}
