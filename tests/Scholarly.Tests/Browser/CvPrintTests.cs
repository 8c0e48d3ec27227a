using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Scholarly.Tests.Integration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>
/// docs/content.md, the CV: "a print stylesheet (no navigation, buttons or colours; margins for A4 and Letter alike),
/// so the browser's Print, or the page's Print or save as PDF button, makes a clean PDF". Loaded from disk in Chromium.
/// </summary>
[TestFixtureSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
[NonParallelizable]
public partial class CvPrintTests(string theme)
{
    [Test]
    public async Task TheCvPrintsWithoutNavigationOrButtonsOnA4AndLetter()
    {
        using var site = FullerSite.Create();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.OutputDirectory, "cv", "index.html")).AbsoluteUri);

        var button = page.Locator("button[data-print]");
        Assert.That(await button.IsVisibleAsync(), Is.True, "on screen, with a script, the button is shown");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.That(await button.IsVisibleAsync(), Is.False, "printed, the button is not");
        Assert.That(await page.Locator("nav[aria-label='Site']").First.IsVisibleAsync(), Is.False, "nor the navigation");
        Assert.That(await page.Locator(".cv-section").CountAsync(), Is.EqualTo(8));
        foreach (var section in await page.Locator(".cv-section").AllAsync())
        {
            Assert.That(await section.IsVisibleAsync(), Is.True);
        }

        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
            var pages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
            Assert.That(pages, Is.InRange(1, 3), $"{theme}: the CV prints on a page or three of {format}");
        }
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();
}
