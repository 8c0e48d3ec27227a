using Microsoft.Playwright;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>
/// The publications' filter on the home page in each built-in theme, in Chromium: a year, a topic and a type narrow the
/// list in place (year headings with nothing left under them go too) and say how many are left; "Show all" brings
/// every paper back; without script the form is not shown and links lead to the year pages, which list that year.
/// </summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public sealed class PaperFilterTests(string theme) : SearchSiteFixture(theme, "/")
{
    private static readonly int Papers = SearchSite.Fillers + 3;

    [Test]
    public async Task AYearATopicAndATypeNarrowTheListInPlace()
    {
        await using var open = await OpenAsync();
        var page = open.Page;
        await page.GotoAsync(Server.BaseUrl);
        var list = page.Locator("#main [data-paper-filter]").Locator("xpath=..");
        Assert.That(await VisiblePapers(list), Has.Count.EqualTo(Papers));

        await page.SelectOptionAsync("select[name=year]", "2023");
        Assert.That(await VisiblePapers(list), Is.EqualTo(new[] { "Message Passing on Sparse Graphs" }));
        Assert.That(await page.Locator(".filter-status").TextContentAsync(), Is.EqualTo($"1 of {Papers} papers"));
        Assert.That(await list.Locator("[data-year-heading]:visible").AllTextContentsAsync(), Is.SubsetOf(new[] { "2023" }), "only the year that has papers left");

        await page.SelectOptionAsync("select[name=year]", "");
        await page.SelectOptionAsync("select[name=tag]", "kernels");
        Assert.That(await VisiblePapers(list), Is.EqualTo(new[] { "Kernel Methods for Structured Prediction" }));

        await page.SelectOptionAsync("select[name=tag]", "");
        await page.SelectOptionAsync("select[name=type]", "Other");
        Assert.That(await VisiblePapers(list), Has.Count.EqualTo(SearchSite.Fillers + 1), "the fillers and the graphs paper, which name no venue");

        await page.SelectOptionAsync("select[name=year]", "2001");
        Assert.That(await VisiblePapers(list), Is.Empty);
        Assert.That(await page.Locator(".filter-status").TextContentAsync(), Is.EqualTo("No paper matches."));
        var violations = await Axe.ViolationsAsync(page);
        Assert.That(violations, Is.Empty, $"{Theme}, filtered:\n" + string.Join("\n", violations));

        await page.Locator(".filter-reset").ClickAsync();
        await Assertions.Expect(page.Locator(".filter-status")).ToBeHiddenAsync();
        Assert.That(await VisiblePapers(list), Has.Count.EqualTo(Papers), "Show all");
    }

    [Test]
    public async Task WithoutScriptTheYearPagesAreTheWayIn()
    {
        await using var open = await OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = open.Page;
        await page.GotoAsync(Server.BaseUrl);

        Assert.That(await page.Locator("[data-paper-filter]").IsHiddenAsync(), Is.True, "a form that cannot work is not shown");
        Assert.That(await page.Locator(".site-search").IsHiddenAsync(), Is.True, "nor the search");
        await page.Locator(".filter-links a", new PageLocatorOptions { HasText = "2023" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(Server.BaseUrl + "years/2023/");
        await page.WaitForLoadStateAsync();
        Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo("2023"));
        Assert.That(await page.Locator("#main a[href$='papers/graphs/']").CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.Locator("#main :is(.card, .entry)").CountAsync(), Is.EqualTo(1), "that year's papers only");
    }

    private static async Task<IReadOnlyList<string>> VisiblePapers(ILocator list) =>
        await list.Locator("[data-paper-year]:visible :is(.card-title, .entry-title)").AllTextContentsAsync();
}
