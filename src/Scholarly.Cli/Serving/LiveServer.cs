using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Scholarly.Cli.Serving;

/// <summary>
/// <c>scholarly serve</c>: builds the site into a private folder, serves it on 127.0.0.1 with Kestrel, rebuilds when
/// a file of the site changes, and tells open pages to reload (or shows them the build's errors) over Server-Sent
/// Events. The reload script is added to pages as they are served; nothing of it is ever written to a site.
/// </summary>
/// <remarks>Rebuilds run one at a time; a rebuild writes only the files that changed (see StagingFolder).</remarks>
public sealed class LiveServer : IAsyncDisposable
{
    public const string EventsPath = "/__scholarly/events";
    public const string ScriptPath = "/__scholarly/live.js";
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" defer></script>");

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    /// <summary>
    /// One channel per open page. A page waits on its channel without holding a thread, so a hundred open tabs cost
    /// a hundred small objects, not a hundred blocked threads that starve the requests for pages.
    /// </summary>
    private readonly ConcurrentDictionary<Guid, Channel<(string Event, string Data)>> _clients = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly FileExtensionContentTypeProvider _types = new();
    private WebApplication? _app;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private string? _lastErrors;

    /// <param name="options">The build to serve; its output and base URL are replaced by the server's own.</param>
    public LiveServer(BuildOptions options, int port, TextWriter log)
    {
        Port = port;
        _log = log;
        var source = Path.GetFullPath(options.SourceDirectory);
        // One folder per site and port: two servers of one site (say one with --drafts) must not share a build.
        var folder = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{port}")))[..12];
        OutputDirectory = Path.Combine(Path.GetTempPath(), "scholarly-serve", folder);
        _options = options with { SourceDirectory = source, OutputDirectory = OutputDirectory, BaseUrl = $"http://127.0.0.1:{port}/" };
    }

    public int Port { get; }

    /// <summary>Signalled when the web host stops (SIGTERM, Ctrl+C).</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Where the served site is built: a private folder per site, deleted when the server stops.</summary>
    public string OutputDirectory { get; }

    /// <summary>How many pages are listening for reloads right now.</summary>
    public int Listeners => _clients.Count;

    /// <summary>How many builds have finished, successful or not (tests wait on it).</summary>
    public int Builds { get; private set; }

    /// <summary>Builds once, then serves and watches. The first build may fail: the errors are shown until fixed.</summary>
    public async Task StartAsync()
    {
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Url);
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();

        _watcher = new FileSystemWatcher(_options.SourceDirectory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        _log.WriteLine($"Serving {_options.SourceDirectory} at {Url} (Ctrl+C stops)");
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_debounce is not null)
        {
            await _debounce.DisposeAsync();
        }

        foreach (var client in _clients.Values)
        {
            client.Writer.TryComplete();
        }

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

    /// <summary>Editors save in bursts (a temp file, a rename, a touch): wait for a quiet moment, then build once.</summary>
    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!IsRead(e.FullPath) && !(e is RenamedEventArgs renamed && IsRead(renamed.OldFullPath)))
        {
            return;
        }

        _debounce?.Dispose();
        _debounce = new Timer(_ => _ = RebuildAsync(), null, TimeSpan.FromMilliseconds(150), Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Whether a changed path is one the build reads: changes in the site's output/, .git/ or an editor's files
    /// beside scholarly.yml start no rebuild (a `scholarly build` into output/ would otherwise rebuild the served site).
    /// </summary>
    private bool IsRead(string path)
    {
        var relative = Path.GetRelativePath(_options.SourceDirectory, path);
        return Content.SiteLayout.IsRead(relative.Split(Path.DirectorySeparatorChar)[0]);
    }

    private async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            BuildResult result;
            try
            {
                result = SiteBuilder.Build(_options);
            }
            catch (Exception e)
            {
                // A bug, not a user's mistake; the server must stay up and say so rather than go quiet.
                _lastErrors = $"error: the build failed unexpectedly: {e.Message}";
                _log.WriteLine(_lastErrors);
                Broadcast("failed", _lastErrors);
                return;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic.ToString());
            }

            if (result.Succeeded)
            {
                _lastErrors = null;
                var changed = Templating.TemplateHelpers.Pluralize(result.FilesChanged, "file");
                _log.WriteLine(Builds == 0
                    ? $"Built in {result.Elapsed.TotalMilliseconds:0} ms ({changed})."
                    : $"Rebuilt in {result.Elapsed.TotalMilliseconds:0} ms ({changed} changed); reloading open pages.");
                Broadcast("reload", "");
            }
            else
            {
                _lastErrors = string.Join("\n", result.Diagnostics.Where(d => d.IsError));
                _log.WriteLine("The build failed; still serving the last good build.");
                Broadcast("failed", _lastErrors);
            }
        }
        finally
        {
            Builds++;
            _building.Release();
        }
    }

    private void Broadcast(string name, string data)
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite((name, data));
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        if (path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await using var script = typeof(LiveServer).Assembly.GetManifestResourceStream("live-reload.js")!;
            await script.CopyToAsync(context.Response.Body);
            return;
        }

        await ServeFileAsync(context, path);
    }

    /// <param name="path">The request path, decoded once by Kestrel.</param>
    private async Task ServeFileAsync(HttpContext context, string path)
    {
        var root = OutputDirectory;
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        var inside = file == root || file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside && Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                // Always a path on this server: one leading slash, every segment escaped.
                context.Response.Redirect("/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString)) + "/");
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = 200;
        if (!inside || !file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            status = 404;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = _types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        var bytes = await File.ReadAllBytesAsync(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = WithReloadScript(bytes);
        }

        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>The page with the reload script before &lt;/body&gt; (or at its end when there is none).</summary>
    private static byte[] WithReloadScript(byte[] page)
    {
        var end = page.AsSpan().LastIndexOf("</body>"u8);
        var at = end >= 0 ? end : page.Length;
        return [.. page.AsSpan(0, at), .. ScriptTag, .. page.AsSpan(at)];
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var queue = Channel.CreateUnbounded<(string Event, string Data)>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = queue;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            if (_lastErrors is { } errors)
            {
                queue.Writer.TryWrite(("failed", errors));
            }

            await foreach (var message in queue.Reader.ReadAllAsync(context.RequestAborted))
            {
                var data = string.Join("\n", message.Data.Split('\n').Select(line => "data: " + line));
                await context.Response.WriteAsync($"event: {message.Event}\n{data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }
}
