using Microsoft.Playwright;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>The paper page's "Copy BibTeX" button over HTTP (the Clipboard API) and from file:// (selecting the text): what it copies is the paper's BibTeX entry.</summary>
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
        await context.AddInitScriptAsync(RecordCopies);
        var page = await context.NewPageAsync();
        await page.GotoAsync("file://" + Path.Combine(_output, "papers", "rollart", "index.html"));

        await page.Locator(".copy-button").ClickAsync();

        // The Clipboard API answers asynchronously; on a busy machine the label changes a moment after the click.
        await page.WaitForFunctionAsync("() => document.querySelector('.copy-button').textContent !== 'Copy BibTeX'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var label = await page.Locator(".copy-button").TextContentAsync();
        Assert.That(label, Is.EqualTo("Copied").Or.EqualTo("Selected: press Ctrl+C"));
        var entry = File.ReadAllText(Path.Combine(_output, "papers", "rollart", "cite.bib"));
        Assert.That(entry, Does.StartWith("@misc{gao2025rollart,"), "the paper's own entry");
        if (label == "Copied")
        {
            // Whichever way it went, what was copied is the paper's entry: exactly, through the Clipboard API; as the
            // browser serialises the selected text, through a copy of the selection.
            var copied = await page.EvaluateAsync<string[]>("() => window.__copied");
            Assert.That(copied, Is.Not.Empty, "something was copied");
            Assert.That(copied.Where(c => c.StartsWith("clipboard:", StringComparison.Ordinal)).Select(c => c["clipboard:".Length..]), Is.All.EqualTo(entry));
            Assert.That(copied.Where(c => c.StartsWith("selection:", StringComparison.Ordinal)).Select(c => Normalize(c["selection:".Length..])), Is.All.EqualTo(Normalize(entry)));
        }
        else
        {
            var selected = await page.EvaluateAsync<string>("() => window.getSelection().toString()");
            Assert.That(Normalize(selected), Is.EqualTo(Normalize(entry)), "the whole entry is left selected");
        }
    }

    /// <summary>
    /// What the button copies is the entry exactly as the paper's file gives it (bibtex:, exported as written), characters
    /// HTML would escape included: read back from the clipboard over HTTP.
    /// </summary>
    [Test]
    public async Task WhatIsCopiedIsThePapersBibtexEntryExactly()
    {
        const string entry = "@article{lovelace1843notes,\n  title  = {Notes on the {Analytical Engine} & <Bernoulli> \"numbers\"},\n  author = {Lovelace, Ada},\n  year   = 1843\n}\n";
        using var site = new TestSite().Paper("notes", "title: Notes\nauthors: [Ada Lovelace]\ndate: 1843-09-01\nbibtex: |\n" + string.Concat(entry.TrimEnd('\n').Split('\n').Select(l => "  " + l + "\n")).TrimEnd('\n'));
        Assert.That(site.Build().Succeeded, Is.True);
        using var server = new StaticServer(site.OutputDirectory);
        await using var context = await _browser!.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = server.BaseUrl.TrimEnd('/') });
        await context.AddInitScriptAsync(RecordCopies);
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "papers/notes/");

        await page.Locator(".copy-button").ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Locator(".copy-button")).ToHaveTextAsync("Copied");
        Assert.That(await page.EvaluateAsync<string[]>("() => window.__copied"), Is.EqualTo(new[] { "clipboard:" + entry }), "handed to the Clipboard API");
        Assert.That(await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"), Is.EqualTo(entry), "and on the clipboard");
    }

    /// <summary>Records every text the page copies: "clipboard:" and the text given to navigator.clipboard.writeText, or "selection:" and the selection a copy event takes.</summary>
    private const string RecordCopies = """
        window.__copied = [];
        if (navigator.clipboard) {
          const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
          navigator.clipboard.writeText = text => { window.__copied.push("clipboard:" + text); return writeText(text); };
        }
        document.addEventListener("copy", () => window.__copied.push("selection:" + String(window.getSelection())));
        """;

    /// <summary>A selection's text may end without the entry's last newline; nothing else may differ.</summary>
    private static string Normalize(string text) => text.TrimEnd('\n');
}
