using Microsoft.Playwright;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>
/// Each built-in theme in a real browser (headless Chromium over HTTP): the home, a paper and a tag page at desktop
/// and phone widths load with no console error and no failed request and never scroll sideways on a phone; the
/// light/dark toggle makes the page dark (relative luminance below 0.2) and light again, and is remembered after a reload.
/// </summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public class ThemeBrowserTests(string theme) : BrowsedSampleFixture(theme)
{
    private static readonly string[] Pages = ["", "papers/rollart/", "tags/cs.dc/"];

    [TestCase(1280, 800)]
    [TestCase(375, 740)]
    public async Task PagesLoadCleanlyWithoutSidewaysScrolling(int width, int height)
    {
        foreach (var path in Pages)
        {
            await using var context = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add("console error: " + message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add("page error: " + error);
            page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    problems.Add($"HTTP {response.Status}: {response.Url}");
                }
            };

            var response = await page.GotoAsync(Sample.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.That(response!.Status, Is.EqualTo(200), path);
            Assert.That(problems, Is.Empty, $"{Theme} {path} at {width}px");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{Theme} {path} scrolls sideways at {width}px");
            Assert.That(await page.Locator("h1").CountAsync(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task TheDarkToggleChangesTheBackgroundAndIsRememberedAfterAReload()
    {
        await using var context = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Sample.BaseUrl);
        var light = await Background(page);

        var toggle = page.Locator("[data-color-scheme-toggle]");
        Assert.That(await toggle.IsVisibleAsync(), Is.True, "the toggle shows once its script runs");
        await toggle.ClickAsync();
        var dark = await Background(page);
        Assert.That(dark, Is.Not.EqualTo(light));
        Assert.That(RelativeLuminance(light), Is.GreaterThan(0.8), $"light mode is light: {light}");
        Assert.That(RelativeLuminance(dark), Is.LessThan(0.2), $"dark mode is dark: {dark}");
        Assert.That(await toggle.GetAttributeAsync("aria-pressed"), Is.EqualTo("true"));

        await page.ReloadAsync();
        Assert.That(await page.EvaluateAsync<string>("() => document.documentElement.dataset.colorScheme"), Is.EqualTo("dark"));
        Assert.That(await Background(page), Is.EqualTo(dark), "remembered after a reload");

        await page.GotoAsync(Sample.BaseUrl + Pages[1]);
        Assert.That(await Background(page), Is.EqualTo(dark), "and on the next page");

        await page.Locator("[data-color-scheme-toggle]").ClickAsync();
        Assert.That(await Background(page), Is.EqualTo(light), "and back");
    }

    [Test]
    public async Task DarkIsTheDefaultWhenTheSystemPrefersIt()
    {
        await using var lightContext = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        await using var darkContext = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var lightPage = await lightContext.NewPageAsync();
        var darkPage = await darkContext.NewPageAsync();
        await lightPage.GotoAsync(Sample.BaseUrl);
        await darkPage.GotoAsync(Sample.BaseUrl);

        var dark = await Background(darkPage);
        var light = await Background(lightPage);
        Assert.That(dark, Is.Not.EqualTo(light));
        Assert.That(RelativeLuminance(dark), Is.LessThan(0.2), $"the system's dark preference gives a dark page: {dark}");
        Assert.That(RelativeLuminance(light), Is.GreaterThan(0.8), $"and its light preference a light one: {light}");
    }

    /// <summary>
    /// WCAG's relative luminance (0 black, 1 white) of a computed colour, "rgb(r, g, b)" or "rgba(r, g, b, a)"; a colour
    /// that is not opaque is refused, since what shows through it is not known.
    /// </summary>
    private static double RelativeLuminance(string cssColor)
    {
        var match = System.Text.RegularExpressions.Regex.Match(cssColor, @"^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, ([\d.]+))?\)$");
        Assert.That(match.Success, Is.True, $"a computed rgb() colour, not '{cssColor}'");
        Assert.That(match.Groups[4].Success ? double.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) : 1, Is.EqualTo(1), $"an opaque background, not '{cssColor}'");
        double Channel(int group)
        {
            var c = double.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
