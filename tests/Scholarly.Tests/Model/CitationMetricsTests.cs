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
}
