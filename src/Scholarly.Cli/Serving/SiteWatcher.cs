namespace Scholarly.Cli.Serving;

/// <summary>
/// Watches a site folder and asks for one rebuild after a quiet moment: editors save in bursts (a temp file, a rename,
/// a touch). Changes to what the build never reads (the site's output/, .git/, an editor's files beside scholarly.yml)
/// start none, so a `scholarly build` into output/ does not rebuild the served site.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly string _siteDirectory;
    private readonly Action _rebuild;
    private readonly TimeSpan _quiet;
    private readonly FileSystemWatcher _watcher;

    /// <summary>Guards the timer: watcher events arrive on several threads at once.</summary>
    private readonly Lock _gate = new();
    private Timer? _debounce;
    private bool _disposed;

    public SiteWatcher(string siteDirectory, TimeSpan quiet, Action rebuild)
    {
        _siteDirectory = siteDirectory;
        _quiet = quiet;
        _rebuild = rebuild;
        _watcher = new FileSystemWatcher(siteDirectory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        lock (_gate)
        {
            _disposed = true;
            _debounce?.Dispose();
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!IsRead(e.FullPath) && !(e is RenamedEventArgs renamed && IsRead(renamed.OldFullPath)))
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            // Each change moves the one timer back: it fires once, a quiet moment after the last change.
            _debounce ??= new Timer(_ => _rebuild(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _debounce.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private bool IsRead(string path)
    {
        var relative = Path.GetRelativePath(_siteDirectory, path);
        return Content.SiteLayout.IsRead(relative.Split(Path.DirectorySeparatorChar)[0]);
    }
}
