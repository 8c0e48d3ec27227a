using Microsoft.Playwright;
using Scholarly.Search;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>
/// The header's search in each built-in theme, typed into in Chromium: served under a GitHub Pages subpath, at a
/// domain root and opened from disk (file://), a word of an abstract, an author's name with and without its accents and a tag find their
/// papers with the matched words marked; the keyboard alone reaches, moves through, opens and closes the results, and
/// Enter pressed before they come opens them when they do;
/// nothing of the index loads before the box is used and nothing from another host ever; with the results open
/// the page is valid HTML and has no axe violation, light and dark.
/// </summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public sealed class SiteSearchTests(string theme) : SearchSiteFixture(theme, Subpath)
{
    private const string Subpath = "/lab-site/";

    /// <summary>The kernels paper's number in the index: the oldest paper, after the two newer ones and the fillers.</summary>
    private const int KernelsDocument = 2 + SearchSite.Fillers;

    private string Served => Server.BaseUrl;

    [Test]
    public async Task UnderASubpathAWordOfAnAbstractFindsItsPaperAndEnterOpensIt()
    {
        await using var open = await OpenAsync();
        var (page, requests) = (open.Page, open.Requests);
        await page.GotoAsync(Served + "papers/graphs/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.That(requests.Where(url => url.Contains("/search/", StringComparison.Ordinal)), Is.Empty, "the index waits until the box is used");

        await Type(page, "quasiconformal");

        Assert.That(await Titles(page), Is.EqualTo(new[] { "Kernel Methods for Structured Prediction" }));
        Assert.That(await page.Locator(".search-status").TextContentAsync(), Is.EqualTo("1 result for “quasiconformal”."));
        Assert.That(await page.Locator(".search-byline").First.TextContentAsync(), Is.EqualTo("Bernhard Schölkopf, José Ñúñez, Zoë Ørsted"));
        Assert.That(await page.Locator(".search-meta").First.TextContentAsync(), Is.EqualTo("2001 · JMLR"));
        Assert.That(requests.Where(url => url.Contains("/search/", StringComparison.Ordinal)).Select(url => new Uri(url).AbsolutePath.Replace(Subpath, "", StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { "search/index.js", "search/terms-q.js", $"search/docs-{KernelsDocument / SearchIndex.BlockSize}.js" }), "one file of words and the block the result is in");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Served + "papers/kernels/");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Kernel Methods");
        Assert.That(requests.Where(url => !url.StartsWith(Server.HostUrl, StringComparison.Ordinal)), Is.Empty, "nothing from another host");
    }

    [Test]
    public async Task FromDiskAnAuthorIsFoundWithOrWithoutAccentsAndATagByName()
    {
        await using var open = await OpenAsync();
        var (page, requests) = (open.Page, open.Requests);
        await page.GotoAsync(OnDisk + "index.html");

        foreach (var query in new[] { "scholkopf", "Schölkopf", "SCHOLKOPF" })
        {
            await Type(page, query);
            Assert.That(await Titles(page), Is.EqualTo(new[] { "Message Passing on Sparse Graphs", "Kernel Methods for Structured Prediction" }), query);
            Assert.That(await page.Locator(".search-results mark").AllTextContentsAsync(), Is.EqualTo(new[] { "Schölkopf", "Schölkopf" }), query + ": the name as written, marked");
        }

        await Type(page, "nunez");
        Assert.That(await page.Locator(".search-results mark").AllTextContentsAsync(), Is.EqualTo(new[] { "Ñúñez" }));

        await Type(page, "generative");
        Assert.That(await Titles(page), Is.EqualTo(new[] { "Denoising Diffusion at Scale" }));
        await page.Locator(".search-results a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(OnDisk + "papers/diffusion/index.html");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Denoising Diffusion"); // a result opens the page's index.html from disk
        Assert.That(requests.Where(url => !url.StartsWith("file:", StringComparison.Ordinal)), Is.Empty, "nothing but files");
    }

    [Test]
    public async Task AtADomainRootTheSameOutputFindsAndOpensAPaper()
    {
        using var root = new StaticServer(OutputDirectory);
        await using var open = await OpenAsync();
        var page = open.Page;
        await page.GotoAsync(root.BaseUrl + "talks/weave/");

        await Type(page, "lukasiewicz");

        Assert.That(await Titles(page), Is.EqualTo(new[] { "Message Passing on Sparse Graphs" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(root.BaseUrl + "papers/graphs/");
        Assert.That(open.Requests.Where(url => !url.StartsWith(root.HostUrl, StringComparison.Ordinal)), Is.Empty, "nothing from another host");
    }

    [Test]
    public async Task TheKeyboardAloneFindsMovesOpensAndCloses()
    {
        await using var open = await OpenAsync();
        var page = open.Page;
        await page.GotoAsync(Served);
        var input = page.Locator("#site-search-input");

        await page.Keyboard.PressAsync("/");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("site-search-input"), "/ focuses the box");
        await page.Keyboard.TypeAsync("scholkopf");
        await Expect(page, 2);
        Assert.That(await input.GetAttributeAsync("aria-expanded"), Is.EqualTo("true"));

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await input.GetAttributeAsync("aria-activedescendant"), Is.EqualTo("search-result-1"));
        Assert.That(await page.Locator("#search-result-1").GetAttributeAsync("aria-selected"), Is.EqualTo("true"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await input.GetAttributeAsync("aria-activedescendant"), Is.EqualTo("search-result-0"), "down from the last goes round to the first");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.That(await input.GetAttributeAsync("aria-activedescendant"), Is.EqualTo("search-result-1"));

        await page.Keyboard.PressAsync("Escape");
        Assert.That(await page.Locator(".search-panel").IsHiddenAsync(), Is.True, "Esc closes the results");
        Assert.That(await input.GetAttributeAsync("aria-expanded"), Is.EqualTo("false"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await page.Locator(".search-panel").IsVisibleAsync(), Is.True, "and an arrow opens them again");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        Assert.That(await input.InputValueAsync(), Is.Empty, "a second Esc clears the box");

        await page.Keyboard.TypeAsync("weaving");
        await Expect(page, 1);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Served + "talks/weave/");
    }

    [Test]
    public async Task EnterPressedBeforeTheResultsComeOpensTheFirstWhenTheyDo()
    {
        await using var open = await OpenAsync();
        var page = open.Page;
        await page.GotoAsync(Served + "papers/graphs/");
        // A slow connection: every file of the index takes a while.
        await page.RouteAsync("**/search/**", async route =>
        {
            await Task.Delay(300);
            await route.ContinueAsync();
        });

        await page.Locator("#site-search-input").FillAsync("generative");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(Served + "papers/diffusion/");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Denoising Diffusion");
    }

    [Test]
    public async Task AQueryWithNoMatchSaysSo()
    {
        await using var open = await OpenAsync();
        var page = open.Page;
        await page.GotoAsync(Served);

        await page.Locator("#site-search-input").FillAsync("zzyzx");

        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("No results for “zzyzx”.");
        Assert.That(await page.Locator(".search-results").IsHiddenAsync(), Is.True);
        Assert.That(await page.Locator("#site-search-input").GetAttributeAsync("aria-expanded"), Is.EqualTo("false"), "nothing to choose from");
    }

    [TestCase(ColorScheme.Light, 1280)]
    [TestCase(ColorScheme.Dark, 375)]
    public async Task WithTheResultsOpenThePageIsValidAndAccessible(ColorScheme scheme, int width)
    {
        await using var open = await OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = open.Page;
        await page.GotoAsync(Served);
        await Type(page, "scholkopf");
        await page.Keyboard.PressAsync("ArrowDown");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the results fit the screen");

        // The page as it is now, before axe adds its own script to it.
        var folder = Directory.CreateTempSubdirectory("scholarly-search-dom-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "open.html"), "<!DOCTYPE html>\n" + await page.EvaluateAsync<string>("() => document.documentElement.outerHTML"));
            Assert.That(NuChecker.Errors(folder), Is.Empty, "the page with its results open");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var violations = await Axe.ViolationsAsync(page);
        Assert.That(violations, Is.Empty, $"{Theme}, {scheme}, {width} px, results open:\n" + string.Join("\n", violations));
    }

    /// <summary>Types the query into the box as a reader would and waits for its results.</summary>
    private static async Task Type(IPage page, string query)
    {
        var input = page.Locator("#site-search-input");
        await input.FillAsync("");
        await input.PressSequentiallyAsync(query);
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("“" + query + "”");
    }

    private static async Task Expect(IPage page, int results) =>
        await Assertions.Expect(page.Locator(".search-results a")).ToHaveCountAsync(results);

    private static async Task<IReadOnlyList<string>> Titles(IPage page) => await page.Locator(".search-title").AllTextContentsAsync();
}
