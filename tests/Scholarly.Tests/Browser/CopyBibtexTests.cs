using Microsoft.Playwright;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>The paper page's "Copy BibTeX" button over HTTP (the Clipboard API) and from file:// (selecting the text).</summary>
[NonParallelizable]
public class CopyBibtexTests
{
    private string _output = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _output = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        Assert.That(SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, _output, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(_output, recursive: true);
    }

    [Test]
    public async Task OverHttpTheButtonPutsTheEntryOnTheClipboard()
    {
        using var server = new StaticServer(_output);
        await using var context = await _browser!.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = server.BaseUrl.TrimEnd('/') });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "papers/rollart/");

        await page.Locator(".copy-button").ClickAsync();

        // The Clipboard API answers asynchronously: wait for the label rather than read it at once.
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".copy-button")).ToHaveTextAsync("Copied");
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.That(clipboard, Is.EqualTo(File.ReadAllText(Path.Combine(_output, "papers", "rollart", "cite.bib"))));
    }

    [Test]
    public async Task FromDiskTheButtonStillCopiesOrLeavesTheEntrySelected()
    {
        await using var context = await _browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("file://" + Path.Combine(_output, "papers", "rollart", "index.html"));

        await page.Locator(".copy-button").ClickAsync();

        // The Clipboard API answers asynchronously; on a busy machine the label changes a moment after the click.
        await page.WaitForFunctionAsync("() => document.querySelector('.copy-button').textContent !== 'Copy BibTeX'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var label = await page.Locator(".copy-button").TextContentAsync();
        Assert.That(label, Is.EqualTo("Copied").Or.EqualTo("Selected: press Ctrl+C"));
        if (label != "Copied")
        {
            var selected = await page.EvaluateAsync<string>("() => window.getSelection().toString()");
            Assert.That(selected, Does.StartWith("@misc{gao2025rollart,"));
        }
    }
}
