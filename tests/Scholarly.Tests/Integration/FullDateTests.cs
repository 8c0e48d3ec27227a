using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>A paper's own page always says its year; only cards in a list leave out the year the site is built in.</summary>
public class FullDateTests
{
    [Test]
    public void APaperOfTheBuildYearShowsItsYearOnItsPageButNotOnItsCard()
    {
        // TestSite pins build_date: 2026-06-01, so nothing here depends on the clock.
        using var site = new TestSite()
            .Paper("now", "title: Now\nauthors: [A]\ndate: 2026-02-05")
            .Paper("month", "title: Month\nauthors: [A]\ndate: 2026-03")
            .Paper("old", "title: Old\nauthors: [A]\ndate: 2019");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("papers/now/index.html").QuerySelector("main time")!.TextContent, Is.EqualTo("Feb 5, 2026"));
        Assert.That(site.Html("papers/month/index.html").QuerySelector("main time")!.TextContent, Is.EqualTo("Mar 2026"));
        Assert.That(site.Html("papers/old/index.html").QuerySelector("main time")!.TextContent, Is.EqualTo("2019"));
        var card = site.Html("index.html").QuerySelectorAll("article.card").Single(c => c.TextContent.Contains("Now", StringComparison.Ordinal));
        Assert.That(card.QuerySelector("time")!.TextContent, Is.EqualTo("Feb 5"), "as the seed's cards do");
    }

    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void EveryThemesPaperPageShowsTheFullDate(string theme)
    {
        using var site = new TestSite().Paper("now", "title: Now\nauthors: [A]\ndate: 2026-02-05");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        Assert.That(site.Html("papers/now/index.html").QuerySelector("main time")!.TextContent, Is.EqualTo("Feb 5, 2026"));
    }
}
