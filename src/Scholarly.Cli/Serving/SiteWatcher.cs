namespace Scholarly.Cli.Serving;

/// <summary>
/// Watches a site folder and asks for one rebuild after a quiet moment, with the files changed since the last: editors
/// save in bursts (a temp file, a rename, a touch) that take a millisecond or two. Changes to what the build never reads (the site's output/, .git/, an editor's files beside scholarly.yml)
/// start none, so a `scholarly build` into output/ does not rebuild the served site.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly string _siteDirectory;
    private readonly Action<IReadOnlySet<string>> _rebuild;
    private readonly TimeSpan _quiet;
    private readonly FileSystemWatcher _watcher;

    /// <summary>Guards the timer: watcher events arrive on several threads at once.</summary>
    private readonly Lock _gate = new();
    private Timer? _debounce;
    private bool _disposed;

    /// <summary>Files changed since the last rebuild was asked for, relative to the site folder ('/'-separated).</summary>
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    /// <param name="rebuild">Called a quiet moment after a burst of changes, with the files changed in it.</param>
    public SiteWatcher(string siteDirectory, TimeSpan quiet, Action<IReadOnlySet<string>> rebuild)
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

            _changed.Add(Relative(e.FullPath));
            if (e is RenamedEventArgs { OldFullPath: var old })
            {
                _changed.Add(Relative(old));
            }

            // Each change moves the one timer back: it fires once, a quiet moment after the last change.
            _debounce ??= new Timer(_ => _rebuild(TakeChanged()), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _debounce.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private HashSet<string> TakeChanged()
    {
        lock (_gate)
        {
            var changed = _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            return changed;
        }
    }

    private string Relative(string path) => Path.GetRelativePath(_siteDirectory, path).Replace(Path.DirectorySeparatorChar, '/');

    private bool IsRead(string path)
    {
        var relative = Path.GetRelativePath(_siteDirectory, path);
        return Content.SiteLayout.IsRead(relative.Split(Path.DirectorySeparatorChar)[0]);
    }
}
