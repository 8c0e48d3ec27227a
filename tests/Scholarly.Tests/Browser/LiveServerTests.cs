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
        using var events = await EventsAsync(http, server);

        site.Paper("p", Paper.Replace("First Title", "Second Title", StringComparison.Ordinal));
        var (shownFirst, reload) = await RebuildEventsAsync(events);
        Assert.That(shownFirst, Does.Contain("/papers/p/"));
        Assert.That(reload.Split('\n'), Is.EquivalentTo(shownFirst), "the pages shown first are not reloaded again");
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/"), Does.Contain("Second Title"));

        site.Paper("p", "title: Broken\nauthors: [A]\ndate: 2024-13-01");
        var failed = await NextEventAsync(events);
        Assert.That(failed.Event, Is.EqualTo("failed"));
        Assert.That(failed.Data, Does.StartWith("papers/p.md:4: error: 'date' is not a date"));
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/"), Does.Contain("Second Title"), "the last good build is still served");

        site.Paper("p", Paper.Replace("First Title", "Third Title", StringComparison.Ordinal));
        Assert.That((await RebuildEventsAsync(events)).FirstShown, Does.Contain("/papers/p/"));
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/"), Does.Contain("Third Title"));

        site.Write("site/scholarly.yml", TestSite.DefaultConfig + "\ndescription: A config edit\n");
        Assert.That(await NextEventAsync(events), Is.EqualTo(("reload", "")), "a config edit shows no page first: every page reloads");
    }

    [Test]
    public async Task AnEditedPapersPageIsServedAheadOfTheRestOfTheRebuildAsItWillBePublished()
    {
        using var site = new TestSite().Paper("p", Paper).Paper("q", Paper.Replace("First Title", "Other Paper", StringComparison.Ordinal));
        await using var server = await StartAsync(site);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var events = await EventsAsync(http, server);

        site.Paper("p", Paper.Replace("First Title", "Edited Title", StringComparison.Ordinal));
        var ready = await NextEventAsync(events);
        Assert.That(ready.Event, Is.EqualTo("page"));
        // Fetched as soon as it is announced, whether or not the rest of the site is done.
        var early = await http.GetStringAsync(server.Url + ready.Data.TrimStart('/'));
        var (shownFirst, _) = await RebuildEventsAsync(events, ready.Data);

        Assert.That(shownFirst[0], Is.EqualTo("/papers/p/"), "the edited paper's own page before any list of it");
        Assert.That(shownFirst, Does.Contain("/").And.Not.Contain("/papers/q/"), "then the pages that list it (home), not other papers' pages");
        Assert.That(early, Does.Contain($"<script src=\"{LiveServer.ScriptPath}\" defer></script>"), "a page served first reloads by itself too");
        Assert.That(early, Is.EqualTo(await http.GetStringAsync(server.Url + ready.Data.TrimStart('/'))), "served first, the page is the one then published");
        Assert.That(await http.GetStringAsync(server.Url), Does.Contain("Edited Title"), "the home page lists the edit");
        Assert.That(await http.GetStringAsync(server.Url + "papers/p/cite.bib"), Does.Contain("Edited Title"), "and the rest of the site follows");
    }

    [Test]
    public async Task AnEditThatKeepsTheSitesShapeShowsItsPageAheadOfTheRebuildOnceAndAsPublished()
    {
        using var site = new TestSite().Paper("p", Paper).Paper("q", Paper.Replace("First Title", "Other Paper", StringComparison.Ordinal));
        var log = new StringWriter();
        await using var server = await StartAsync(site, TextWriter.Synchronized(log), verbose: true);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var events = await EventsAsync(http, server);

        // The first word of the title, the authors, the date and the tags stay: the citation key and every list do.
        site.Paper("p", Paper.Replace("First Title", "First Title, Revised", StringComparison.Ordinal));
        var ready = await NextEventAsync(events);
        Assert.That(ready, Is.EqualTo(("page", "/papers/p/")));
        var early = await http.GetStringAsync(server.Url + "papers/p/");
        var (shownFirst, _) = await RebuildEventsAsync(events, ready.Data);

        Assert.That(shownFirst.Count(address => address == "/papers/p/"), Is.EqualTo(1), "made again by the rebuild as it was, it is not announced again");
        Assert.That(early, Does.Contain("First Title, Revised"));
        Assert.That(early, Is.EqualTo(await http.GetStringAsync(server.Url + "papers/p/")), "the page shown ahead is the one published");
        Assert.That(log.ToString(), Does.Match(@"(?m)^  first pages: papers/p/ shown after \d+ ms \(ahead of the rebuild\)"));
    }

    [Test]
    public async Task AVerboseServerLogsEachRebuildsPhasesAndWhenItsFirstPagesWereReady()
    {
        // q shares p's tag, so the tag's page is made from more files than p's own and comes after it.
        using var site = new TestSite().Paper("p", Paper).Paper("q", Paper.Replace("First Title", "Other Paper", StringComparison.Ordinal));
        var log = new StringWriter();
        await using var server = await StartAsync(site, TextWriter.Synchronized(log), verbose: true);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var events = await EventsAsync(http, server);
        var firstBuild = log.ToString();
        Assert.That(firstBuild, Does.Match(@"(?m)^  load +\d+ ms$"), "the first build's phases");
        Assert.That(firstBuild, Does.Not.Contain("first pages"), "the first build makes no page ahead of the rest");

        site.Paper("p", Paper.Replace("First Title", "Edited Title", StringComparison.Ordinal));
        await RebuildEventsAsync(events);
        // The reload is announced after the log is written.
        var rebuild = log.ToString()[firstBuild.Length..];
        Assert.That(rebuild, Does.Match(@"(?m)^  render and write +\d+ ms$"));
        Assert.That(rebuild, Does.Match(@"(?m)^  first pages: papers/p/ shown after \d+ ms(, [^,]+ shown after \d+ ms)*$"), "the edited page first, then the pages that list it");
        Assert.That(rebuild, Does.Match(@"(?m)^Rebuilt in \d+ ms \(\d+ files? changed; papers/p/ shown after \d+ ms first\); reloading open pages\.$"));
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

    /// <summary>The server's stream of events, once it has said it is connected.</summary>
    private static async Task<StreamReader> EventsAsync(HttpClient http, LiveServer server)
    {
        var events = new StreamReader(await http.GetStreamAsync(server.Url + LiveServer.EventsPath.TrimStart('/')));
        Assert.That(await events.ReadLineAsync(), Is.EqualTo(": connected"));
        return events;
    }

    private static async Task<LiveServer> StartAsync(TestSite site, TextWriter? log = null, bool verbose = false)
    {
        var server = new LiveServer(new BuildOptions(site.SiteDirectory, "unused", BuiltInThemesDirectory: RepositoryPaths.Themes), FreePort(), log ?? TextWriter.Null, verbose);
        await server.StartAsync();
        return server;
    }

    /// <summary>
    /// The events of one rebuild after a paper edit, up to its "reload": the addresses of the pages announced first
    /// (besides <paramref name="alreadyRead"/>, one read by the caller), and the reload's data.
    /// </summary>
    private static async Task<(List<string> FirstShown, string Reload)> RebuildEventsAsync(StreamReader events, string? alreadyRead = null)
    {
        var shown = alreadyRead is null ? new List<string>() : [alreadyRead];
        while (true)
        {
            var (name, data) = await NextEventAsync(events);
            if (name == "reload")
            {
                return (shown, data);
            }

            Assert.That(name, Is.EqualTo("page"), data);
            shown.Add(data);
        }
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
