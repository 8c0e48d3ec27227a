using System.Net.Sockets;
using Microsoft.Playwright;
using Scholarly.Cli.Serving;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Browser;

/// <summary>`scholarly serve`: edits reach the open page by themselves; a broken file shows its error and is recovered from.</summary>
[NonParallelizable]
public class LiveServerTests
{
    private const string Paper = "title: First Title\nauthors: [A]\ndate: 2024-01-01\ntags: [x]";

    [Test]
    public async Task ServedPagesCarryTheReloadScriptButTheBuiltSiteDoesNot()
    {
        using var site = new TestSite().Paper("p", Paper);
        await using var server = await StartAsync(site);
        using var http = new HttpClient();

        var home = await http.GetStringAsync(server.Url);
        Assert.That(home, Does.Contain($"<script src=\"{LiveServer.ScriptPath}\" defer></script></body>"));
        Assert.That(await http.GetStringAsync(server.Url + LiveServer.ScriptPath.TrimStart('/')), Does.Contain("EventSource"));
        Assert.That(File.ReadAllText(Path.Combine(server.OutputDirectory, "index.html")), Does.Not.Contain("__scholarly"));
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var folder = await noRedirect.GetAsync(server.Url + "papers/p");
        Assert.That(new Uri(new Uri(server.Url), folder.Headers.Location!), Is.EqualTo(new Uri(server.Url + "papers/p/")), "a folder without its slash is sent to itself, never elsewhere");
        using var pdf = await http.GetAsync(server.Url + "cv.pdf");
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await pdf.Content.ReadAsStringAsync(), Does.StartWith("%PDF-1.4"), "other files pass through untouched");
        Assert.That(pdf.Headers.CacheControl?.NoStore, Is.True);
        using var missing = await http.GetAsync(server.Url + "no/such/");
        Assert.That((int)missing.StatusCode, Is.EqualTo(404));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("Page not found"));
    }

    [Test]
    public async Task AnEditIsRebuiltAndAnnouncedABrokenFileIsReportedAndAFixRecovers()
    {
        using var site = new TestSite().Paper("p", Paper);
        await using var server = await StartAsync(site);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var events = new StreamReader(await http.GetStreamAsync(server.Url + LiveServer.EventsPath.TrimStart('/')));
        Assert.That(await events.ReadLineAsync(), Is.EqualTo(": connected"));

        site.Paper("p", Paper.Replace("First Title", "Second Title", StringComparison.Ordinal));
        Assert.That(await NextEventAsync(events), Is.EqualTo(("reload", "")));
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/"), Does.Contain("Second Title"));

        site.Paper("p", "title: Broken\nauthors: [A]\ndate: 2024-13-01");
        var failed = await NextEventAsync(events);
        Assert.That(failed.Event, Is.EqualTo("failed"));
        Assert.That(failed.Data, Does.StartWith("papers/p.md:4: error: 'date' is not a date"));
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/"), Does.Contain("Second Title"), "the last good build is still served");

        site.Paper("p", Paper.Replace("First Title", "Third Title", StringComparison.Ordinal));
        Assert.That(await NextEventAsync(events), Is.EqualTo(("reload", "")));
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/"), Does.Contain("Third Title"));
    }

    [Test]
    public async Task AnOpenPageReloadsByItselfAndShowsBuildErrors()
    {
        using var site = new TestSite().Paper("p", Paper);
        await using var server = await StartAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Url + "papers/p/");
            Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo("First Title"));
            await WaitForListenerAsync(server);

            site.Paper("p", Paper.Replace("First Title", "Edited Title", StringComparison.Ordinal));
            await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Edited Title'", null, new PageWaitForFunctionOptions { Timeout = 15000 });

            site.Paper("p", "title: T\nauthors: [A]\ndate: yesterday");
            var overlay = page.Locator("#scholarly-build-errors");
            await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 15000 });
            Assert.That(await overlay.TextContentAsync(), Does.Contain("papers/p.md:4: error: 'date' is not a date"));

            site.Paper("p", Paper.Replace("First Title", "Fixed Title", StringComparison.Ordinal));
            await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Fixed Title' && !document.getElementById('scholarly-build-errors')", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    /// <summary>An edit made before the page has subscribed would be announced to no one.</summary>
    private static async Task WaitForListenerAsync(LiveServer server)
    {
        for (var waited = 0; server.Listeners == 0 && waited < 10000; waited += 20)
        {
            await Task.Delay(20);
        }

        Assert.That(server.Listeners, Is.GreaterThan(0), "the page subscribed to reloads");
    }

    [Test]
    public async Task AHundredOpenPagesDoNotStarveTheRequestsForPages()
    {
        using var site = new TestSite().Paper("p", Paper);
        await using var server = await StartAsync(site);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { Timeout = TimeSpan.FromSeconds(20) };
        var streams = new List<Stream>();
        for (var i = 0; i < 100; i++)
        {
            streams.Add(await http.GetStreamAsync(server.Url + LiveServer.EventsPath.TrimStart('/')));
        }

        for (var wait = 0; server.Listeners < 100 && wait < 200; wait++)
        {
            await Task.Delay(50);
        }

        Assert.That(server.Listeners, Is.EqualTo(100));
        // A liveness check, not a timing: with a thread held per stream, this request went unanswered for 30 s.
        var home = await http.GetStringAsync(server.Url);
        Assert.That(home, Does.Contain("First Title"));
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }
    }

    private static async Task<LiveServer> StartAsync(TestSite site)
    {
        var server = new LiveServer(new BuildOptions(site.SiteDirectory, "unused", BuiltInThemesDirectory: RepositoryPaths.Themes), FreePort(), TextWriter.Null);
        await server.StartAsync();
        return server;
    }

    /// <summary>The next "event:" and its "data:" from a Server-Sent Events stream, within 15 seconds.</summary>
    private static async Task<(string Event, string Data)> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        string? name = null;
        var data = new List<string>();
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line[6..]);
            }
            else if (line.Length == 0 && name is not null)
            {
                return (name, string.Join("\n", data));
            }
        }

        throw new EndOfStreamException("the event stream ended");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }
}
