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

    /// <summary>Pages previewed or made first, served in place of the published ones until a build that has them is published.</summary>
    private readonly PagesAhead _ahead = new();
    private readonly bool _verbose;

    /// <summary>Stops the newest rebuild, when a newer change makes it obsolete.</summary>
    private CancellationTokenSource? _newest;

    /// <summary>Files changed since the last build that finished (published or failed), whose pages go first.</summary>
    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);

    /// <summary>How many saves the server has seen (guarded by <see cref="_unpublished"/>): the generation of the pages they show.</summary>
    private long _saves;
    private WebApplication? _app;
    private SiteWatcher? _watcher;

    /// <summary>The last successful build's look ahead: an edited paper's page before its rebuild has begun; none after a failed build.</summary>
    private volatile Scholarly.Output.PagePreview? _preview;

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
        if (_ahead.Find(context.Request.Path.Value ?? "") is not { } page)
        {
            await next(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(page, context.RequestAborted);
    }

    /// <summary>
    /// A page previewed or made first: served from memory until a build that has it is published, and announced at its
    /// address, unless a newer one is held or it is made again as it was (the rebuild after its preview).
    /// </summary>
    private void ShowAhead(string path, string html, long generation, ShownAhead shown, bool previewed)
    {
        if (_ahead.Offer(path, html, generation) is { } address)
        {
            _events.PageReady(address);
            shown.Add(address, previewed);
        }
    }

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
        var shown = new ShownAhead();

        HashSet<string> pending;
        long generation;
        lock (_unpublished)
        {
            _unpublished.UnionWith(changed ?? new HashSet<string>());
            pending = _unpublished.ToHashSet(StringComparer.Ordinal);
            generation = ++_saves;
        }

        // At once, not after the rebuild under way has stopped (it may be in a phase that cannot stop half way).
        if (changed is { Count: > 0 } && _preview is { } preview)
        {
            foreach (var (path, html) in preview.PagesOf(pending))
            {
                ShowAhead(path, html, generation, shown, previewed: true);
            }
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
            long covered;
            lock (_unpublished)
            {
                files = _unpublished.ToHashSet(StringComparer.Ordinal);
                covered = _saves;
            }

            BuildResult result;
            try
            {
                var first = new FirstPages(files, (path, html) => ShowAhead(path, html, covered, shown, previewed: false));
                result = SiteBuilder.Build((files.Count > 0 ? _options with { First = first } : _options) with { Cancel = mine.Token });
            }
            catch (OperationCanceledException) when (mine.IsCancellationRequested)
            {
                // Nothing was published; the pages made first stay until the newer rebuild, which has these files too, is.
                return;
            }
            catch (Exception e)
            {
                // A bug, not a user's mistake; the server must stay up and say so rather than go quiet.
                var message = $"error: the build failed unexpectedly: {e.Message}";
                _log.WriteLine(message);
                _ahead.DropUpTo(covered);
                _events.Failed(message);
                Builds++;
                return;
            }

            lock (_unpublished)
            {
                _unpublished.ExceptWith(files);
            }

            _preview = result.Preview;
            // The build is published or failed: either way the pages it covered are no longer to be served from memory.
            _ahead.DropUpTo(covered);

            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic.ToString());
            }

            if (_verbose)
            {
                foreach (var line in PhaseLines.Of(result).Concat(shown.Lines()))
                {
                    _log.WriteLine(line);
                }
            }

            if (result.Succeeded)
            {
                var written = Scholarly.Text.Plural.Of(result.FilesChanged, "file");
                _log.WriteLine(Builds == 0
                    ? $"Built in {PhaseLines.Milliseconds(result.Elapsed)} ms ({written})."
                    : $"Rebuilt in {PhaseLines.Milliseconds(result.Elapsed)} ms ({written} changed{shown.Note()}); reloading open pages.");
                _events.Reload([.. shown.Addresses.Where(address => address.EndsWith('/'))]);
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
