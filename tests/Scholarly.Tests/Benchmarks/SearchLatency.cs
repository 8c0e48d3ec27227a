using System.Globalization;
using Microsoft.Playwright;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Benchmarks;

/// <summary>
/// Not a test: the measurement behind docs/performance.md's search figures, run by bench/search.sh on a built site
/// (SCHOLARLY_SEARCH_SITE, the output folder). In Chromium, over loopback HTTP and from file://, on a fresh page
/// each time: a query typed into the box until its results show, first (the index loads) and again (it is loaded),
/// and the bytes the first one loaded. It prints a table and asserts nothing about time.
/// </summary>
[TestFixture]
[Explicit("a benchmark: bench/search.sh runs it")]
[Category("Benchmark")]
public sealed class SearchLatency
{
    private static readonly string[] Queries = ["learning", "federated learning", "Dvořák", "dvorak", "smith", "lea", "privte"];

    [Test]
    public async Task Measure()
    {
        var site = Environment.GetEnvironmentVariable("SCHOLARLY_SEARCH_SITE") ?? throw new InvalidOperationException("set SCHOLARLY_SEARCH_SITE to a built site");
        var page = Directory.GetDirectories(Path.Combine(site, "papers")).Order(StringComparer.Ordinal).First();
        var path = "papers/" + Path.GetFileName(page) + "/";
        using var server = new StaticServer(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var lines = new List<string> { "| where | query | first query, ms | again, ms | loaded by the first, bytes (files) |", "|---|---|---|---|---|" };
            foreach (var (where, url) in new[] { ("http", server.BaseUrl + path), ("file", new Uri(Path.Combine(site, path, "index.html")).AbsoluteUri) })
            {
                foreach (var query in Queries)
                {
                    var first = new List<double>();
                    var again = new List<double>();
                    long bytes = 0;
                    var files = 0;
                    for (var run = 0; run < 5; run++)
                    {
                        await using var context = await browser.NewContextAsync();
                        var tab = await context.NewPageAsync();
                        var loaded = new List<string>();
                        tab.RequestFinished += (_, request) => loaded.Add(request.Url);
                        await tab.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                        loaded.Clear();
                        first.Add(await TimeQuery(tab, query));
                        var searchFiles = loaded.Where(u => u.Contains("/search/", StringComparison.Ordinal)).Distinct().ToList();
                        bytes = searchFiles.Sum(u => new FileInfo(Path.Combine(site, new Uri(u).AbsolutePath[(new Uri(u).AbsolutePath.IndexOf("/search/", StringComparison.Ordinal) + 1)..])).Length);
                        files = searchFiles.Count;
                        await tab.Locator("#site-search-input").FillAsync("");
                        again.Add(await TimeQuery(tab, query));
                    }

                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {where} | `{query}` | {Median(first):0} | {Median(again):0.0} | {bytes:N0} ({files}) |"));
                }
            }

            TestContext.Out.WriteLine(string.Join("\n", lines));
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    /// <summary>From the query's input event to the status line naming it, timed in the page.</summary>
    private static async Task<double> TimeQuery(IPage tab, string query) => await tab.EvaluateAsync<double>(
        """
        (query) => new Promise(resolve => {
          const input = document.querySelector("#site-search-input");
          const status = document.querySelector(".search-status");
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (status.textContent.includes("\u201c" + query + "\u201d")) { observer.disconnect(); resolve(performance.now() - start); }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event("input"));
        })
        """, query);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
