using Microsoft.Playwright;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>
/// Each built-in theme in a real browser (headless Chromium over HTTP): the home, a paper and a tag page at desktop
/// and phone widths load with no console error and no failed request and never scroll sideways on a phone; the
/// light/dark toggle changes the page and is remembered after a reload.
/// </summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public class ThemeBrowserTests(string theme)
{
    private static readonly string[] Pages = ["", "papers/rollart/", "tags/cs.dc/"];

    private string _output = "";
    private StaticServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _output = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, _output, Theme: theme, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        _server = new StaticServer(_output);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _server?.Dispose();
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [TestCase(1280, 800)]
    [TestCase(375, 740)]
    public async Task PagesLoadCleanlyWithoutSidewaysScrolling(int width, int height)
    {
        foreach (var path in Pages)
        {
            await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
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

            var response = await page.GotoAsync(_server!.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.That(response!.Status, Is.EqualTo(200), path);
            Assert.That(problems, Is.Empty, $"{theme} {path} at {width}px");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{theme} {path} scrolls sideways at {width}px");
            Assert.That(await page.Locator("h1").CountAsync(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task TheDarkToggleChangesTheBackgroundAndIsRememberedAfterAReload()
    {
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_server!.BaseUrl);
        var light = await Background(page);

        var toggle = page.Locator("[data-color-scheme-toggle]");
        Assert.That(await toggle.IsVisibleAsync(), Is.True, "the toggle shows once its script runs");
        await toggle.ClickAsync();
        var dark = await Background(page);
        Assert.That(dark, Is.Not.EqualTo(light));
        Assert.That(await toggle.GetAttributeAsync("aria-pressed"), Is.EqualTo("true"));

        await page.ReloadAsync();
        Assert.That(await page.EvaluateAsync<string>("() => document.documentElement.dataset.colorScheme"), Is.EqualTo("dark"));
        Assert.That(await Background(page), Is.EqualTo(dark), "remembered after a reload");

        await page.GotoAsync(_server.BaseUrl + Pages[1]);
        Assert.That(await Background(page), Is.EqualTo(dark), "and on the next page");

        await page.Locator("[data-color-scheme-toggle]").ClickAsync();
        Assert.That(await Background(page), Is.EqualTo(light), "and back");
    }

    [Test]
    public async Task DarkIsTheDefaultWhenTheSystemPrefersIt()
    {
        await using var lightContext = await _browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        await using var darkContext = await _browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var lightPage = await lightContext.NewPageAsync();
        var darkPage = await darkContext.NewPageAsync();
        await lightPage.GotoAsync(_server!.BaseUrl);
        await darkPage.GotoAsync(_server.BaseUrl);

        Assert.That(await Background(darkPage), Is.Not.EqualTo(await Background(lightPage)));
    }

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
