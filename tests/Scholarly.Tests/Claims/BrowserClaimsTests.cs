using Microsoft.Playwright;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Claims;

/// <summary>Holds docs/themes.md's "work from 360px phones to wide screens, print as a clean publication list" to each built-in theme in Chromium.</summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public class BrowserClaimsTests(string theme) : BrowsedSampleFixture(theme)
{
    /// <summary>What a printed publication list leaves out: the site's navigation, footer, skip link, the light/dark toggle and the copy button.</summary>
    private const string Chrome = "nav, footer, .skip, [data-color-scheme-toggle], .copy-button";

    private static readonly string[] PrintedPages = ["", "papers/rollart/", "tags/cs.dc/"];

    /// <summary>docs/themes.md: "work from 360px phones": no page of the sample site is wider than a 360 px screen.</summary>
    [Test]
    public async Task NoPageOfTheSampleSiteScrollsSidewaysOnA360PixelScreen()
    {
        var pages = Directory.GetFiles(Sample.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Sample.Output, f))
            .Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(pages, Has.Count.EqualTo(48), "every page of the sample site");

        await using var context = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        var wide = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(Sample.BaseUrl + path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 360)
            {
                wide.Add($"{path}: {width}px");
            }
        }

        Assert.That(wide, Is.Empty, $"{Theme} at 360px");
    }

    /// <summary>docs/themes.md: "print as a clean publication list": the chrome is hidden in print and every paper is still listed.</summary>
    [Test]
    public async Task PrintHidesTheNavigationAndKeepsThePublicationList()
    {
        await using var context = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Sample.BaseUrl);
        Assert.That(await VisibleAsync(page, "nav"), Is.Not.Empty, "on screen the navigation shows");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var path in PrintedPages)
        {
            await page.GotoAsync(Sample.BaseUrl + path);
            Assert.That(await page.Locator("nav").CountAsync(), Is.GreaterThan(0), $"{path} has navigation to hide");
            Assert.That(await VisibleAsync(page, Chrome), Is.Empty, $"{Theme} {path} in print");
        }

        await page.GotoAsync(Sample.BaseUrl);
        var listed = await page.EvaluateAsync<string[]>("""
            () => [...new Set([...document.querySelectorAll("main a[href^='papers/'], .content a[href^='papers/']")]
                .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== "hidden")
                .map(a => a.getAttribute("href")))]
            """);
        Assert.That(listed, Has.Length.EqualTo(32), "every paper is in the printed list");
    }

    /// <summary>The elements matching <paramref name="selector"/> that take up room on the page, described by tag and class.</summary>
    private static Task<string[]> VisibleAsync(IPage page, string selector) =>
        page.EvaluateAsync<string[]>(
            "selector => [...document.querySelectorAll(selector)].filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))",
            selector);
}
