using Microsoft.Playwright;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>
/// axe-core (npm, tests/tools/html-checks) injected into Debian's Chromium: a page of every kind of the sample, and
/// the pages of a site with what the sample leaves out (<see cref="FullerSite"/>), in each built-in theme, light and
/// dark, at 375 and 1280 px, have no violation. A failure names the page, the rule and the elements.
/// </summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public sealed class AccessibilityTests(string theme) : BrowsedSampleFixture(theme)
{
    private static readonly string[] Pages = ["", "papers/gba/", "tags/", "tags/cs.cv/", "404.html"];

    private TestSite? _fuller;
    private StaticServer? _fullerServer;

    [OneTimeSetUp]
    public void BuildTheFullerSite()
    {
        _fuller = FullerSite.Create();
        var result = _fuller.Build(theme: Theme);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        _fullerServer = new StaticServer(_fuller.OutputDirectory);
    }

    [OneTimeTearDown]
    public void StopTheFullerSite()
    {
        _fullerServer?.Dispose();
        _fuller?.Dispose();
    }

    [TestCase(ColorSchemeValue.Light, 1280)]
    [TestCase(ColorSchemeValue.Dark, 1280)]
    [TestCase(ColorSchemeValue.Light, 375)]
    [TestCase(ColorSchemeValue.Dark, 375)]
    public async Task EveryKindOfPageHasNoViolation(ColorSchemeValue scheme, int width)
    {
        var violations = await ViolationsAsync(Sample.BaseUrl, Pages, scheme, width);

        Assert.That(violations, Is.Empty, $"{Theme}, {scheme}, {width} px:\n" + string.Join("\n", violations));
    }

    [TestCase(ColorSchemeValue.Light, 1280)]
    [TestCase(ColorSchemeValue.Dark, 1280)]
    [TestCase(ColorSchemeValue.Light, 375)]
    [TestCase(ColorSchemeValue.Dark, 375)]
    public async Task WhatTheSampleLeavesOutHasNoViolation(ColorSchemeValue scheme, int width)
    {
        var violations = await ViolationsAsync(_fullerServer!.BaseUrl, FullerSite.Pages, scheme, width);

        Assert.That(violations, Is.Empty, $"{Theme}, fuller site, {scheme}, {width} px:\n" + string.Join("\n", violations));
    }

    /// <summary>axe-core's violations on each page under <paramref name="baseUrl"/>: "/path rule (count): element: why".</summary>
    private async Task<List<string>> ViolationsAsync(string baseUrl, string[] paths, ColorSchemeValue scheme, int width)
    {
        Axe.RequireInstalled();
        await using var context = await Sample.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == ColorSchemeValue.Dark ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        var violations = new List<string>();
        foreach (var path in paths)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + path);
            violations.AddRange((await Axe.ViolationsAsync(page)).Select(violation => $"/{path} {violation}"));
            await page.CloseAsync();
        }

        return violations;
    }

    /// <summary>The colour schemes, as test case names read them.</summary>
    public enum ColorSchemeValue
    {
        Light,
        Dark,
    }
}
