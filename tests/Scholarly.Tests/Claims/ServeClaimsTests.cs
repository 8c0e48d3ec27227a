using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Scholarly.Cli.Commands;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Claims;

/// <summary>Holds README.md's `scholarly serve` (its default port, --theme, --drafts, printed build errors) and docs/publishing.md's http://127.0.0.1:5150/ to the command run as a user runs it.</summary>
[NonParallelizable]
public class ServeClaimsTests
{
    private const int DocumentedPort = 5150;
    private const string Paper = "title: Published Paper\nauthors: [Ada Lovelace]\ndate: 2024-03-01\ntags: [engines]";
    private const string Draft = "title: Draft Paper\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntags: [engines]\ndraft: true";

    /// <summary>README: "scholarly serve  # http://127.0.0.1:5150/"; the option's default when no --port is given.</summary>
    [Test]
    public void ThePortDefaultsTo5150()
    {
        Assert.That(new ServeCommand.Settings().Port, Is.EqualTo(DocumentedPort));
        Assert.That(new ServeCommand.Settings().Validate().Successful, Is.True, "the default is a valid port");
    }

    /// <summary>docs/publishing.md: "scholarly serve serves the site at http://127.0.0.1:5150/ while you edit".</summary>
    [Test]
    public async Task WithoutAPortTheSiteIsServedAt127001Port5150()
    {
        if (!IsFree(DocumentedPort))
        {
            Assert.Ignore($"port {DocumentedPort} is in use on this machine; ThePortDefaultsTo5150 holds the default");
        }

        using var site = new TestSite().Paper("p", Paper);
        using var serve = new Served(site.Root, "-s", site.SiteDirectory);
        serve.WaitFor("Serving ");

        Assert.That(serve.Out, Does.Contain($"at http://127.0.0.1:{DocumentedPort}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Assert.That(await http.GetStringAsync($"http://127.0.0.1:{DocumentedPort}/papers/p/"), Does.Contain("<h1 class=\"paper-title\">Published Paper</h1>"));
    }

    /// <summary>README: "a build error is printed and shown over the page until the file is fixed".</summary>
    [Test]
    public async Task ABuildErrorIsPrintedAndSentToOpenPagesUntilTheFileIsFixed()
    {
        using var site = new TestSite().Paper("p", "title: Broken\nauthors: [Ada Lovelace]\ndate: 2024-13-01");
        var port = FreePort();
        using var serve = new Served(site.Root, "-s", site.SiteDirectory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        serve.WaitFor("Serving ");

        Assert.That(serve.Out, Does.Contain("papers/p.md:4: error: 'date' is not a date"));
        Assert.That(serve.Out, Does.Contain("The build failed"));

        // What the open page's script hears: the error, at once on connecting.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using (var events = new StreamReader(await http.GetStreamAsync($"http://127.0.0.1:{port}/__scholarly/events")))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            Assert.That(await events.ReadLineAsync(timeout.Token), Is.EqualTo(": connected"));
            Assert.That(await events.ReadLineAsync(timeout.Token), Is.EqualTo(""));
            Assert.That(await events.ReadLineAsync(timeout.Token), Is.EqualTo("event: failed"));
            Assert.That(await events.ReadLineAsync(timeout.Token), Does.StartWith("data: papers/p.md:4: error: 'date' is not a date"));
        }

        site.Paper("p", "title: Fixed\nauthors: [Ada Lovelace]\ndate: 2024-12-01");
        serve.WaitFor("Rebuilt in ");
        using var quick = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Assert.That(await quick.GetStringAsync($"http://127.0.0.1:{port}/papers/p/"), Does.Contain(">Fixed</h1>"));
    }

    /// <summary>README: `scholarly serve [--source DIR] [--port N] [--theme NAME] [--drafts]`.</summary>
    [Test]
    public async Task ThemeAndDraftsChangeWhatIsServed()
    {
        using var site = new TestSite().Paper("published", Paper).Paper("draft", Draft);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var plainPort = FreePort();
        using (var plain = new Served(site.Root, "-s", site.SiteDirectory, "--port", plainPort.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            plain.WaitFor("Serving ");
            var home = await http.GetStringAsync($"http://127.0.0.1:{plainPort}/");
            Assert.That(home, Does.Contain("<header class=\"topbar\">"), "scholar, the config's theme");
            Assert.That(home, Does.Contain("Published Paper").And.Not.Contain("Draft Paper"));
            using var draft = await http.GetAsync($"http://127.0.0.1:{plainPort}/papers/draft/");
            Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        var port = FreePort();
        using var serve = new Served(site.Root, "-s", site.SiteDirectory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--theme", "minimal", "--drafts");
        serve.WaitFor("Serving ");
        var themed = await http.GetStringAsync($"http://127.0.0.1:{port}/");
        Assert.That(themed, Does.Contain("<header class=\"masthead\">").And.Not.Contain("<header class=\"topbar\">"), "the minimal theme");
        Assert.That(await http.GetStringAsync($"http://127.0.0.1:{port}/assets/style.css"), Is.EqualTo(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "minimal", "assets", "style.css"))));
        Assert.That(themed, Does.Contain("Draft Paper").And.Contain("Published Paper"));
        Assert.That(await http.GetStringAsync($"http://127.0.0.1:{port}/papers/draft/"), Does.Contain("Draft Paper"));
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>`scholarly serve ARGS` in a process of its own, its output collected as it comes; stopped with SIGTERM, as Ctrl+C would.</summary>
    private sealed class Served : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _error = new();

        public Served(string workingDirectory, params string[] args)
        {
            _process = CliProcess.Start(workingDirectory, null, ["serve", .. args]);
            _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
            _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Out
        {
            get
            {
                lock (_out)
                {
                    return _out.ToString();
                }
            }
        }

        private string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        /// <summary>Waits (at most 30 s) until the server has printed <paramref name="text"/>.</summary>
        public void WaitFor(string text)
        {
            var clock = Stopwatch.StartNew();
            while (!Out.Contains(text, StringComparison.Ordinal))
            {
                if (_process.HasExited)
                {
                    Assert.Fail($"serve exited with {_process.ExitCode} before printing '{text}':\n{Out}\n{Error}");
                }

                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                {
                    Assert.Fail($"serve did not print '{text}' in 30 s:\n{Out}\n{Error}");
                }

                Thread.Sleep(25);
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                // SIGTERM to this process alone, by its id: the server stops and deletes its private build folder.
                using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } }))
                {
                    kill?.WaitForExit();
                }

                if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    _process.Kill();
                    _process.WaitForExit();
                }
            }

            _process.Dispose();
        }

        private static void Append(StringBuilder buffer, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (buffer)
            {
                buffer.Append(line).Append('\n');
            }
        }
    }
}
