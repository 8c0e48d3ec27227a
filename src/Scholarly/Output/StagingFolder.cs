using System.Collections.Concurrent;
using System.Text;

namespace Scholarly.Output;

/// <summary>
/// The write phase: the whole new site is put together in a staging folder beside the output folder as files are
/// ready, and only a successful build publishes it (<see cref="Commit"/>) by swapping the two trees in one atomic
/// step, so a reader, a deploy step or a kill at any moment sees the old site or the new one, never a mix.
/// <list type="bullet">
/// <item>A first build writes everything and renames the staging folder into place.</item>
/// <item>A rebuild over Scholarly's own output writes only the files whose bytes changed; every unchanged file joins
/// the new tree as a hard link to the published one (no bytes written, its timestamp kept). The trees are then
/// exchanged (Linux renameat2 RENAME_EXCHANGE) and the old one, now in the staging folder's place, is deleted.</item>
/// <item>Where no atomic exchange exists, the old tree is renamed aside and the new one into place: for that instant
/// there is no output at all (never a mix), and a kill between the two renames is repaired by the next build.</item>
/// </list>
/// Since every build publishes a complete tree, the output after any successful build is exactly a clean build's:
/// nothing stale survives, whatever an earlier, killed build left.
/// </summary>
/// <remarks>
/// <see cref="Write"/> is thread-safe: render threads write their own pages, overlapping disk waits with the
/// rendering of other pages. Staging and retired folders are siblings of the output (one file system, so renames and
/// links work); leftovers of a killed build are removed by the next one. Disposing without a commit deletes the
/// staging folder.
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
    private readonly FileStream _lock;
    private readonly bool _incremental;
    private readonly ConcurrentDictionary<string, byte> _planned = new(StringComparer.Ordinal);
    private int _changed;
    private bool _committed;

    private StagingFolder(string output, string staging, string retired, FileStream lockFile, bool incremental)
    {
        _output = output;
        Path = staging;
        _retired = retired;
        _lock = lockFile;
        _incremental = incremental;
    }

    /// <summary>How many files the build changed (written anew); for a first build, every file.</summary>
    public int ChangedFiles => _incremental ? _changed : _planned.Count;

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

        Directory.CreateDirectory(parent);
        var lockFile = Lock(System.IO.Path.Combine(parent, $".{name}.lock"), output);
        try
        {
            RecoverOrRemoveLeftovers(parent, name, output);
            if (Directory.Exists(output) && !File.Exists(System.IO.Path.Combine(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
            {
                throw new IOException($"refusing to replace {output}: it is not empty and was not written by Scholarly (it has no {MarkerFile} file); empty it or choose another --output");
            }

            var staging = System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
            Directory.CreateDirectory(staging);
            var folder = new StagingFolder(
                output,
                staging,
                System.IO.Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"),
                lockFile,
                incremental: File.Exists(System.IO.Path.Combine(output, MarkerFile)));
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

    /// <summary>
    /// Puts one file of the site into the new tree: on a rebuild, an unchanged file as a link to the published one,
    /// any other with its bytes.
    /// </summary>
    public void Write(OutputFile file)
    {
        _planned[file.Path] = 0;
        var bytes = file is TextOutputFile text ? Utf8.GetBytes(text.Text) : null;
        var path = System.IO.Path.Combine(Path, file.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (_incremental)
        {
            var published = System.IO.Path.Combine(_output, file.Path);
            if (Unchanged(published, file, bytes) && FileSystemCalls.TryHardLink(published, path))
            {
                return;
            }

            Interlocked.Increment(ref _changed);
        }

        if (bytes is not null)
        {
            File.WriteAllBytes(path, bytes);
        }
        else if (file is CopiedOutputFile copy)
        {
            File.Copy(copy.SourcePath, path, overwrite: true);
        }
    }

    /// <summary>Publishes the new tree in place of the old, in one atomic exchange where the system has one.</summary>
    public void Commit()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(Path, _output);
            _committed = true;
            return;
        }

        if (FileSystemCalls.TryExchange(Path, _output))
        {
            // The staging folder's name now holds the old tree.
            _committed = true;
            TryDelete(Path);
            return;
        }

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

    /// <summary>Whether the published file already has exactly these bytes (sizes first, so most changes cost no read).</summary>
    private static bool Unchanged(string published, OutputFile file, byte[]? bytes)
    {
        var info = new FileInfo(published);
        if (!info.Exists || info.LinkTarget is not null)
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
        if (!_committed)
        {
            TryDelete(Path);
        }

        _lock.Dispose();
    }

    /// <summary>
    /// Cleans up after a build that was killed (we hold the lock, so none is running): a staging folder is deleted
    /// (it is a new tree never published, or the old tree after an exchange); a retired output is moved back when the
    /// kill came between the two renames of the fallback and left no output at all. Journals of earlier versions,
    /// which patched the output in place, are dropped: this build publishes a whole tree, which mends any mix.
    /// </summary>
    private static void RecoverOrRemoveLeftovers(string parent, string name, string output)
    {
        foreach (var journal in Directory.EnumerateFiles(parent, $".{name}.commit-*"))
        {
            File.Delete(journal);
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
