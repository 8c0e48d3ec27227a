using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Logging;
using Scholarly.Content;
using Scholarly.Output;

namespace Scholarly.Cli.Serving;

/// <summary>
/// <c>scholarly serve</c>: builds the site into a private folder, serves it on 127.0.0.1 with ASP.NET Core's static
/// files, rebuilds when a file of the site changes (<see cref="SiteWatcher"/>), and tells open pages to reload, or
/// shows them the build's errors, over Server-Sent Events (<see cref="ReloadEvents"/>). The reload script is added to
/// pages as they are served (<see cref="ReloadScript"/>); nothing of it is ever written to a site.
/// </summary>
/// <remarks>
/// Rebuilds run one at a time; a rebuild reads again only the papers whose files changed (PaperReadCache) and writes
/// only the files that changed (see StagingFolder). The pages made from a changed file (an edited paper's) are made
/// first and served from memory, and their open pages reload at once, while the rest of the site is rebuilt.
/// </remarks>
internal sealed class LiveServer : IAsyncDisposable
{
    public const string EventsPath = "/__scholarly/events";
    public const string ScriptPath = ReloadScript.Path;

    /// <summary>How long the site must stay unchanged before a rebuild: an editor's save (write, rename) takes a millisecond or two.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly ReloadEvents _events = new();
    private readonly SemaphoreSlim _building = new(1, 1);

    /// <summary>Pages of the rebuild under way made ahead of the rest (<see cref="FirstPages"/>), by the addresses they answer.</summary>
    private readonly ConcurrentDictionary<string, byte[]> _first = new(StringComparer.Ordinal);

    /// <summary>The rebuild's pages made ahead of the rest and how soon, from the rebuild's start, in order: the log says how soon an edit showed.</summary>
    private readonly List<(string Address, TimeSpan Ready, bool Previewed)> _firstShown = [];
    private readonly bool _verbose;
    private readonly System.Diagnostics.Stopwatch _rebuildClock = new();
    private readonly Lock _firstShownLock = new();

    /// <summary>Stops the newest rebuild, when a newer change makes it obsolete.</summary>
    private CancellationTokenSource? _newest;

    /// <summary>Files changed since the last build that finished (published or failed), whose pages go first.</summary>
    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private SiteWatcher? _watcher;

    /// <summary>The last successful build's look ahead: an edited paper's page before its rebuild has begun; none after a failed build.</summary>
    private Scholarly.Output.PagePreview? _preview;

    /// <param name="options">The build to serve; its output and base URL are replaced by the server's own.</param>
    /// <param name="verbose">Log each rebuild's phases and when each page made first was ready.</param>
    public LiveServer(BuildOptions options, int port, TextWriter log, bool verbose = false)
    {
        Port = port;
        _log = log;
        _verbose = verbose;
        var source = Path.GetFullPath(options.SourceDirectory);
        // One folder per site and port: two servers of one site (say one with --drafts) must not share a build.
        var folder = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{port}")))[..12];
        OutputDirectory = Path.Combine(Path.GetTempPath(), "scholarly-serve", folder);
        _options = options with
        {
            SourceDirectory = source,
            OutputDirectory = OutputDirectory,
            BaseUrl = $"http://127.0.0.1:{port}/",
            // Kept for the session: a rebuild reads again only the papers whose files changed.
            Papers = new PaperReadCache(),
        };
    }

    public int Port { get; }

    /// <summary>Signalled when the web host stops (SIGTERM, Ctrl+C).</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Where the served site is built: a private folder per site, deleted when the server stops.</summary>
    public string OutputDirectory { get; }

    /// <summary>How many pages are listening for reloads right now.</summary>
    public int Listeners => _events.Listeners;

    /// <summary>How many builds have finished, successful or not (tests wait on it).</summary>
    public int Builds { get; private set; }

    /// <summary>Builds once, then serves and watches. The first build may fail: the errors are shown until fixed.</summary>
    public async Task StartAsync()
    {
        await RebuildAsync(null);
        Directory.CreateDirectory(OutputDirectory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Url);
        _app = builder.Build();
        Configure(_app, new PhysicalFileProvider(OutputDirectory, ExclusionFilters.None));
        await _app.StartAsync();

        _watcher = new SiteWatcher(_options.SourceDirectory, Quiet, changed => _ = RebuildAsync(changed));
        _log.WriteLine($"Serving {_options.SourceDirectory} at {Url} (Ctrl+C stops)");
    }

    /// <summary>
    /// The pipeline: the events stream and the script, then the built site with folders answered by their
    /// index.html (a folder named without its slash is sent to itself with one) and a missing page by 404.html.
    /// </summary>
    private void Configure(WebApplication app, PhysicalFileProvider site)
    {
        app.Map(EventsPath, events => events.Run(_events.StreamAsync));
        app.Map(ScriptPath, script => script.Run(ReloadScript.ServeAsync));
        app.Use(ReloadScript.AddToPagesAsync);
        app.Use(FirstPagesAsync);
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = status => NotFoundPageAsync(status.HttpContext, site) });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = site });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = site,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            // A rebuilt page must never come from the browser's cache.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-store",
        });
    }

    /// <summary>Middleware: a page made ahead of the rest of the rebuild under way, in place of the published one.</summary>
    private async Task FirstPagesAsync(HttpContext context, RequestDelegate next)
    {
        if (!_first.TryGetValue(context.Request.Path.Value ?? "", out var page))
        {
            await next(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(page, context.RequestAborted);
    }

    /// <summary>
    /// A page the rebuild made first: served from memory until the build is published, and announced; the same page
    /// made again as it was (the preview's, then the rebuild's) is not announced twice.
    /// </summary>
    private void FirstPageReady(string path, string html) => PageMadeFirst(path, html, previewed: false);

    /// <param name="previewed">Made by the last build's <see cref="Scholarly.Output.PagePreview"/>, before the rebuild began.</param>
    private void PageMadeFirst(string path, string html, bool previewed)
    {
        const string index = "index.html";
        var address = "/" + (path.EndsWith(index, StringComparison.Ordinal) ? path[..^index.Length] : path);
        var bytes = Encoding.UTF8.GetBytes(html);
        if (_first.TryGetValue("/" + path, out var shown) && shown.AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        _first["/" + path] = bytes;
        _first[address] = bytes;
        _events.PageReady(address);
        lock (_firstShownLock)
        {
            _firstShown.Add((address, _rebuildClock.Elapsed, previewed));
        }
    }

    /// <summary>", papers/p/ shown after 40 ms first" for the page the rebuild made first, or nothing.</summary>
    private string FirstShownNote()
    {
        lock (_firstShownLock)
        {
            return _firstShown.Count > 0 ? $"; {Shown(_firstShown[0])} first" : "";
        }
    }

    /// <summary>"  first pages: papers/p/ shown after 40 ms, / shown after 300 ms", for --verbose; none when no page was made first.</summary>
    private IEnumerable<string> FirstShownLines()
    {
        lock (_firstShownLock)
        {
            return _firstShown.Count > 0 ? ["  first pages: " + string.Join(", ", _firstShown.Select(Shown))] : [];
        }
    }

    private static string Shown((string Address, TimeSpan Ready, bool Previewed) page) =>
        $"{(page.Address == "/" ? "/" : page.Address.TrimStart('/'))} shown after {PhaseLines.Milliseconds(page.Ready)} ms{(page.Previewed ? " (ahead of the rebuild)" : "")}";

    /// <summary>The site's own 404 page with the 404 status (static files would answer it with 200).</summary>
    private static async Task NotFoundPageAsync(HttpContext context, PhysicalFileProvider site)
    {
        var page = site.GetFileInfo(Scholarly.Text.UrlPath.NotFound);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || !page.Exists)
        {
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.SendFileAsync(page);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _newest?.Cancel();
        _events.CompleteAll();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _building.Dispose();
        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
            // The output's second tree (see StagingFolder) sits beside it.
            var swap = Path.Combine(Path.GetDirectoryName(OutputDirectory)!, $".{Path.GetFileName(OutputDirectory)}.swap");
            if (Directory.Exists(swap))
            {
                Directory.Delete(swap, recursive: true);
            }
        }
        catch (IOException)
        {
            // A folder in the temp directory left behind is harmless.
        }
    }

    /// <param name="changed">The files changed since the last build, whose pages are made and shown first; null for the first build.</param>
    /// <remarks>
    /// A change stops the rebuild under way, whose remaining pages it makes obsolete, so its own pages come at once
    /// rather than after the whole site; the files that rebuild was for are carried over to this one.
    /// </remarks>
    private async Task RebuildAsync(IReadOnlySet<string>? changed)
    {
        var mine = new CancellationTokenSource();
        // Not disposed: the rebuild it stops may still be reading its token.
        Interlocked.Exchange(ref _newest, mine)?.Cancel();

        lock (_unpublished)
        {
            _unpublished.UnionWith(changed ?? new HashSet<string>());
        }

        try
        {
            await _building.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            return; // The server stopped while a rebuild was waiting to start.
        }

        try
        {
            if (mine.IsCancellationRequested)
            {
                return; // A newer change came while this rebuild waited: that one builds it.
            }

            HashSet<string> files;
            lock (_unpublished)
            {
                files = _unpublished.ToHashSet(StringComparer.Ordinal);
            }

            BuildResult result;
            lock (_firstShownLock)
            {
                _firstShown.Clear();
            }

            _rebuildClock.Restart();
            foreach (var (path, html) in files.Count > 0 ? _preview?.PagesOf(files) ?? [] : [])
            {
                PageMadeFirst(path, html, previewed: true);
            }

            try
            {
                result = SiteBuilder.Build((files.Count > 0 ? _options with { First = new FirstPages(files, FirstPageReady) } : _options) with { Cancel = mine.Token });
            }
            catch (OperationCanceledException) when (mine.IsCancellationRequested)
            {
                // Nothing was published; the pages made first go with it, and the newer rebuild makes them again.
                _first.Clear();
                return;
            }
            catch (Exception e)
            {
                // A bug, not a user's mistake; the server must stay up and say so rather than go quiet.
                var message = $"error: the build failed unexpectedly: {e.Message}";
                _log.WriteLine(message);
                _first.Clear();
                _events.Failed(message);
                Builds++;
                return;
            }

            lock (_unpublished)
            {
                _unpublished.ExceptWith(files);
            }

            _preview = result.Preview;
            // The build is published or failed: either way the pages made first are no longer to be served.
            var shown = _first.Keys.Where(address => address.EndsWith('/')).ToList();
            _first.Clear();

            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic.ToString());
            }

            if (_verbose)
            {
                foreach (var line in PhaseLines.Of(result).Concat(FirstShownLines()))
                {
                    _log.WriteLine(line);
                }
            }

            if (result.Succeeded)
            {
                var written = Scholarly.Text.Plural.Of(result.FilesChanged, "file");
                _log.WriteLine(Builds == 0
                    ? $"Built in {PhaseLines.Milliseconds(result.Elapsed)} ms ({written})."
                    : $"Rebuilt in {PhaseLines.Milliseconds(result.Elapsed)} ms ({written} changed{FirstShownNote()}); reloading open pages.");
                _events.Reload(shown);
            }
            else
            {
                _log.WriteLine("The build failed; still serving the last good build.");
                _events.Failed(string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
            }

            Builds++;
        }
        finally
        {
            _building.Release();
        }
    }
}
