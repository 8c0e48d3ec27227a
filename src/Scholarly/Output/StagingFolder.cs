using System.Collections.Concurrent;
using System.Text;

namespace Scholarly.Output;

/// <summary>
/// The write phase: files go into a staging folder beside the output folder as soon as they are ready, and only a
/// successful build publishes them (<see cref="Commit"/>), so a failed build never touches the site it replaces.
/// <list type="bullet">
/// <item>A first build (no output yet, or an empty one) writes everything and renames the staging folder into place.</item>
/// <item>A rebuild over Scholarly's own output stages only the files whose bytes changed; the commit writes a journal
/// of moves and deletions, then applies it. A build killed while applying is finished by the next one, which replays
/// the journal, so the output never stays half-updated; unchanged files are never rewritten.</item>
/// </list>
/// </summary>
/// <remarks>
/// <see cref="Write"/> is thread-safe: render threads write their own pages, overlapping disk waits with the
/// rendering of other pages. Staging and retired folders are siblings of the output (one file system, so the
/// renames are atomic); leftovers of a killed build are removed by the next one. Disposing without a commit
/// deletes the staging folder.
/// </remarks>
internal sealed class StagingFolder : IDisposable
{
    /// <summary>
    /// Marks a folder as Scholarly's output: only such a folder (or an empty one) is ever replaced, so a mistyped
    /// --output can never wipe out a folder of documents.
    /// </summary>
    public const string MarkerFile = Content.SiteLayout.OutputMarkerFile;

    private const string MarkerText = "This folder is written by Scholarly and replaced whole by every build.\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string _retired;
    private readonly string _journal;
    private readonly FileStream _lock;
    private readonly bool _incremental;
    private readonly ConcurrentDictionary<string, byte> _planned = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _changed = [];
    private bool _committed;

    /// <summary>The journal is written: from here on the staged files belong to it, and only a replay may remove them.</summary>
    private bool _journaled;

    private StagingFolder(string output, string staging, string retired, string journal, FileStream lockFile, bool incremental)
    {
        _output = output;
        Path = staging;
        _retired = retired;
        _journal = journal;
        _lock = lockFile;
        _incremental = incremental;
    }

    /// <summary>How many files the build changed (written anew); for a first build, every file.</summary>
    public int ChangedFiles => _incremental ? _changed.Count : _planned.Count;

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    /// <summary>Creates a fresh staging folder for <paramref name="outputDirectory"/>.</summary>
    public static StagingFolder Create(string outputDirectory)
    {
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        var parent = System.IO.Path.GetDirectoryName(output) ?? throw new IOException($"cannot write the site to the root folder {output}");
        var name = System.IO.Path.GetFileName(output);
        if (File.Exists(output))
        {
            throw new IOException($"{output} is a file, not a folder: move it away or choose another --output");
        }

        if (Directory.Exists(output) && !File.Exists(System.IO.Path.Combine(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new IOException($"refusing to replace {output}: it is not empty and was not written by Scholarly (it has no {MarkerFile} file); empty it or choose another --output");
        }

        Directory.CreateDirectory(parent);
        var lockFile = Lock(System.IO.Path.Combine(parent, $".{name}.lock"), output);
        try
        {
            RecoverOrRemoveLeftovers(parent, name, output);
            var staging = System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
            Directory.CreateDirectory(staging);
            var incremental = File.Exists(System.IO.Path.Combine(output, MarkerFile));
            var folder = new StagingFolder(
                output,
                staging,
                System.IO.Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"),
                System.IO.Path.Combine(parent, $".{name}.commit-{Environment.ProcessId}"),
                lockFile,
                incremental);
            folder.Write(new TextOutputFile(MarkerFile, MarkerText));
            return folder;
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>One build at a time per output folder: a second one would delete the first one's staging folder.</summary>
    private static FileStream Lock(string path, string output)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new IOException($"another build is writing to {output} right now; wait for it to finish");
        }
    }

    /// <summary>Stages one file of the site; on a rebuild, only when its bytes differ from the published file's.</summary>
    public void Write(OutputFile file)
    {
        _planned[file.Path] = 0;
        var bytes = file is TextOutputFile text ? Utf8.GetBytes(text.Text) : null;
        if (_incremental)
        {
            if (Unchanged(System.IO.Path.Combine(_output, file.Path), file, bytes))
            {
                return;
            }

            _changed.Add(file.Path);
        }

        var path = System.IO.Path.Combine(Path, file.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (bytes is not null)
        {
            File.WriteAllBytes(path, bytes);
        }
        else if (file is CopiedOutputFile copy)
        {
            File.Copy(copy.SourcePath, path, overwrite: true);
        }
    }

    /// <summary>Publishes the staged files: renames the staging folder into place, or applies a rebuild's changes.</summary>
    public void Commit()
    {
        if (_incremental)
        {
            CommitChanges();
            return;
        }

        if (Directory.Exists(_output))
        {
            Directory.Move(_output, _retired);
            try
            {
                Directory.Move(Path, _output);
            }
            catch
            {
                Directory.Move(_retired, _output);
                throw;
            }

            _committed = true;
            TryDelete(_retired);
        }
        else
        {
            Directory.Move(Path, _output);
            _committed = true;
        }
    }

    /// <summary>
    /// Writes the journal of a rebuild (files to move in, files no longer part of the site), makes it the decision
    /// with one rename, then applies it.
    /// </summary>
    private void CommitChanges()
    {
        // Links in the output (someone's own) are neither followed nor deleted.
        var stale = Directory.EnumerateFiles(_output, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(f => System.IO.Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Where(f => !_planned.ContainsKey(f))
            .Order(StringComparer.Ordinal);
        var journal = new StringBuilder().Append(Path).Append('\n');
        foreach (var moved in _changed.Order(StringComparer.Ordinal))
        {
            journal.Append("M\t").Append(moved).Append('\n');
        }

        foreach (var removed in stale)
        {
            journal.Append("D\t").Append(removed).Append('\n');
        }

        File.WriteAllText(_journal + ".tmp", journal.ToString());
        File.Move(_journal + ".tmp", _journal, overwrite: true);
        _journaled = true;
        try
        {
            Replay(_journal, _output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{e.Message}; the site was partly updated, and the next build finishes the update (run it again once the problem is fixed)", e);
        }

        _committed = true;
    }

    /// <summary>Applies a rebuild's journal; safe to run again after being cut short, as the next build does.</summary>
    private static void Replay(string journal, string output)
    {
        var lines = File.ReadAllLines(journal);
        var staging = lines[0];
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 2))
        {
            var relative = line[2..];
            var target = System.IO.Path.Combine(output, relative);
            if (line[0] == 'M')
            {
                var source = System.IO.Path.Combine(staging, relative);
                if (File.Exists(source))
                {
                    MakeRoomFor(target, output);
                    File.Move(source, target, overwrite: true);
                }
            }
            else if (line[0] == 'D' && File.Exists(target))
            {
                File.Delete(target);
                emptied.Add(System.IO.Path.GetDirectoryName(target)!);
            }
        }

        foreach (var directory in emptied.OrderByDescending(d => d.Length))
        {
            RemoveEmptyFolders(directory, output);
        }

        File.Delete(journal);
        TryDelete(staging);
    }

    /// <summary>A page may now need a folder where a file was, or the other way round.</summary>
    private static void MakeRoomFor(string target, string output)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var parent = System.IO.Path.GetDirectoryName(target)!;
        for (var folder = parent; folder.Length > output.Length; folder = System.IO.Path.GetDirectoryName(folder)!)
        {
            if (File.Exists(folder))
            {
                File.Delete(folder);
            }
        }

        Directory.CreateDirectory(parent);
    }

    private static void RemoveEmptyFolders(string directory, string output)
    {
        for (var folder = directory; folder.Length > output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = System.IO.Path.GetDirectoryName(folder)!)
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>Whether the published file already has exactly these bytes (sizes first, so most changes cost no read).</summary>
    private static bool Unchanged(string published, OutputFile file, byte[]? bytes)
    {
        var info = new FileInfo(published);
        if (!info.Exists)
        {
            return false;
        }

        if (bytes is not null)
        {
            return info.Length == bytes.Length && File.ReadAllBytes(published).AsSpan().SequenceEqual(bytes);
        }

        var source = new FileInfo(((CopiedOutputFile)file).SourcePath);
        return info.Length == source.Length && File.ReadAllBytes(published).AsSpan().SequenceEqual(File.ReadAllBytes(source.FullName));
    }

    public void Dispose()
    {
        if (!_committed && !_journaled)
        {
            TryDelete(Path);
        }

        _lock.Dispose();
    }

    /// <summary>
    /// Cleans up after a build that was killed (we hold the lock, so none is running): a rebuild killed while applying
    /// its journal is finished; a staging folder without a journal is deleted; a retired output is moved back when the
    /// kill came between the two renames of a first build and left no output at all.
    /// </summary>
    private static void RecoverOrRemoveLeftovers(string parent, string name, string output)
    {
        foreach (var journal in Directory.EnumerateFiles(parent, $".{name}.commit-*").Where(j => !j.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            Replay(journal, output);
        }

        foreach (var unfinished in Directory.EnumerateFiles(parent, $".{name}.commit-*.tmp"))
        {
            File.Delete(unfinished);
        }

        foreach (var directory in Directory.EnumerateDirectories(parent, $".{name}.*").Order(StringComparer.Ordinal))
        {
            var suffix = System.IO.Path.GetFileName(directory)[(name.Length + 2)..];
            if (suffix.StartsWith("old-", StringComparison.Ordinal) && !Directory.Exists(output))
            {
                Directory.Move(directory, output);
            }
            else if (suffix.StartsWith("staging-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal))
            {
                TryDelete(directory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover is removed by the next build; failing here would hide the real outcome.
        }
    }
}
