using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>README: "venue_short: the card's badge (scholar, sidebar) instead of the arXiv category".</summary>
public class VenueBadgeTests
{
    [TestCase("scholar")]
    [TestCase("sidebar")]
    public void AShortVenueIsTheCardsBadgeWithTheFullVenueAsItsTitle(string theme)
    {
        using var site = new TestSite()
            .Paper("a", "title: With Venue\nauthors: [A]\ndate: 2024-01-01\ntags: [cs.LG]\nvenue: Advances in Neural Information Processing Systems 37\nvenue_short: NeurIPS 2024")
            .Paper("b", "title: Preprint\nauthors: [A]\ndate: 2024-02-01\ntags: [cs.LG]");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var cards = site.Html("index.html").QuerySelectorAll("main article.card");
        var withVenue = cards.Single(c => c.TextContent.Contains("With Venue", StringComparison.Ordinal));
        var badge = withVenue.QuerySelector(".badge")!;
        Assert.That(badge.TextContent, Is.EqualTo("NeurIPS 2024"));
        Assert.That(badge.GetAttribute("title"), Is.EqualTo("Advances in Neural Information Processing Systems 37"));
        Assert.That(withVenue.QuerySelectorAll(".badge"), Has.Length.EqualTo(1), "the venue takes the category's place");

        var preprint = cards.Single(c => c.TextContent.Contains("Preprint", StringComparison.Ordinal));
        Assert.That(preprint.QuerySelector(".badge")!.TextContent, Is.EqualTo("LG"), "without one, the arXiv category");
    }
}
