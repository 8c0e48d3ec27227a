using AngleSharp.Dom;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md: lists are newest first, pinned papers before the rest; with sort: manual they follow each paper's
/// weight, within each year under year headings; feeds stay newest first.
/// </summary>
public class PaperOrderTests
{
    private static TestSite Site(string config = "") => new TestSite()
        .Write("site/scholarly.yml", TestSite.DefaultConfig + "\n" + config)
        .Paper("old", "title: Old\nauthors: [A]\ndate: 2019-01-01\ntags: [x]\nweight: 1")
        .Paper("mid", "title: Mid\nauthors: [A]\ndate: 2024-03-01\ntags: [x]\nweight: 3")
        .Paper("new", "title: New\nauthors: [A]\ndate: 2024-09-01\ntags: [x]")
        .Paper("top", "title: Top\nauthors: [A]\ndate: 2021-05-01\ntags: [x]\nweight: 2\npinned: true");

    private static string[] Listed(IDocument page) =>
        [.. page.QuerySelectorAll("main :is(.card-title, .entry-title)").Select(t => t.TextContent.Trim())];

    [TestCase("scholar")]
    [TestCase("minimal")]
    public void ByDefaultNewestFirstWithPinnedPapersBeforeTheRest(string theme)
    {
        using var site = Site();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        // minimal lists under year headings: a pinned paper leads its own year, not the years before it.
        var expected = theme == "minimal" ? new[] { "New", "Mid", "Top", "Old" } : ["Top", "New", "Mid", "Old"];
        Assert.That(Listed(site.Html("index.html")), Is.EqualTo(expected));
        Assert.That(Listed(site.Html("tags/x/index.html")), Is.EqualTo(expected));
    }

    [Test]
    public void ManualOrderFollowsTheWeightsAndFeedsStayNewestFirst()
    {
        using var site = Site("sort: manual\n");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(Listed(site.Html("index.html")), Is.EqualTo(new[] { "Top", "Old", "Mid", "New" }), "pinned, weights 1 and 3, then the paper without one");
        Assert.That(Listed(site.Html("tags/x/index.html")), Is.EqualTo(new[] { "Top", "Old", "Mid", "New" }));
        var feed = System.Xml.Linq.XDocument.Parse(site.Read("feed.xml"));
        Assert.That(feed.Descendants("item").Select(i => i.Element("title")!.Value), Is.EqualTo(new[] { "New", "Mid", "Top", "Old" }));
    }

    [TestCase("scholar")]
    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void UnderYearHeadingsTheManualOrderHoldsWithinEachYear(string theme)
    {
        using var site = Site("sort: manual\nparams:\n  group_by_year: true\n")
            .Paper("mid2", "title: Mid Two\nauthors: [A]\ndate: 2024-01-01\nweight: 0");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(home.QuerySelectorAll("main :is(.year, .year-heading)").Select(h => h.TextContent), Is.EqualTo(new[] { "2024", "2021", "2019" }), "each year once");
        Assert.That(Listed(home), Is.EqualTo(new[] { "Mid Two", "Mid", "New", "Top", "Old" }));
    }

    [Test]
    public void AnUnknownSortIsAnErrorAtItsLine()
    {
        using var site = Site("sort: weight\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("scholarly.yml:5: error: 'sort' must be 'date' (newest first) or 'manual' (by each paper's weight), not 'weight'"));
    }

    [Test]
    public void TheSampleShowsTheSeedsCardsInTheSeedsOrder()
    {
        var output = Path.Combine(Path.GetTempPath(), "scholarly-tests", "order-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.That(SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);
            var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
            var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "..", "shared", "seed", "000_2c88faaa0b0807ea.txt"));

            var titles = Listed(home).Select(t => t.Replace("Top-k", "Top-", StringComparison.Ordinal)).ToList();
            var positions = titles.Select(t => seed.IndexOf(t[..Math.Min(30, t.Length)], StringComparison.Ordinal)).ToList();

            Assert.That(titles, Has.Count.EqualTo(32));
            Assert.That(positions, Has.None.EqualTo(-1), "every card is on the seed page");
            Assert.That(positions, Is.Ordered, "in the seed's order: " + string.Join(" | ", titles.Take(5)));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
