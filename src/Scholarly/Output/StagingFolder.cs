using System.Collections.Concurrent;
using System.IO.Enumeration;
using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>
/// The write phase, double-buffered: the new site is made in a second tree beside the output (<c>.NAME.swap</c>) and
/// published by swapping the two trees in one atomic step (Linux renameat2 RENAME_EXCHANGE), so a web server, a
/// deploy step or a kill at any moment sees the old site or the new one, never a mix; a failed build never touches
/// the output at all.
/// <list type="bullet">
/// <item>After a swap, the previous output stays beside the new one as the next build's second tree. Bringing it up
/// to date costs what a rebuild should: a file whose bytes are already right is kept; one that matches the published
/// output becomes a hard link to it (no bytes written, timestamp kept); only a file that changed is written, and
/// files no longer in the site are removed. Unchanged files are shared between the trees, so the second tree costs
/// little disk and nothing to delete.</item>
/// <item>A file in the second tree is never changed in place (it may be the very file the live site serves): it is
/// removed and written anew.</item>
/// <item>Every build makes the whole tree match the site, so the output after any successful build is exactly what a
/// clean build writes, whatever a killed build left in the second tree.</item>
/// <item>Where no atomic exchange exists, the output is renamed aside and the new tree into place: for that instant
/// there is no output at all (never a mix), and a kill between the two renames is repaired by the next build.</item>
/// </list>
/// </summary>
/// <remarks>
/// <see cref="Write"/> is thread-safe: render threads write their own pages, overlapping disk waits with the
/// rendering of other pages. The second tree and the lock are siblings of the output (one file system, so renames and
/// links work); a lock file keeps a second build off the same output.
/// </remarks>
internal sealed class StagingFolder : IDisposable
{
    /// <summary>
    /// Marks a folder as Scholarly's output: only such a folder (or an empty one) is ever replaced, so a mistyped
    /// --output can never wipe out a folder of documents.
    /// </summary>
    public const string MarkerFile = Content.SiteLayout.OutputMarkerFile;

    private const string MarkerText = "This folder is written by Scholarly and replaced whole by every build.\n";

    private readonly string _output;
    private readonly string _retired;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, byte> _planned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _changed;

    /// <summary>The second tree was made empty for this build: nothing in it to keep, compare or remove.</summary>
    private readonly bool _fresh;

    /// <summary>There is a published output to link unchanged files from.</summary>
    private readonly bool _published;

    private StagingFolder(string output, string staging, string retired, FileStream lockFile, bool fresh)
    {
        _output = output;
        Path = staging;
        _retired = retired;
        _lock = lockFile;
        _fresh = fresh;
        _published = Directory.Exists(output);
    }

    /// <summary>How many files of the site changed: written with bytes the published output does not have.</summary>
    public int ChangedFiles => _changed;

    /// <summary>The second tree's full path: where the new site is made.</summary>
    public string Path { get; }

    /// <summary>Opens the second tree for <paramref name="outputDirectory"/>, creating it when there is none.</summary>
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
            var retired = System.IO.Path.Combine(parent, $".{name}.old");
            RecoverOrRemoveLeftovers(parent, name, output, retired);
            if (Directory.Exists(output) && !File.Exists(System.IO.Path.Combine(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
            {
                throw new IOException($"refusing to replace {output}: it is not empty and was not written by Scholarly (it has no {MarkerFile} file); empty it or choose another --output");
            }

            var staging = System.IO.Path.Combine(parent, $".{name}.swap");
            if (File.Exists(staging) || IsLink(staging))
            {
                Remove(staging);
            }

            var fresh = !Directory.Exists(staging);
            Directory.CreateDirectory(staging);
            var folder = new StagingFolder(output, staging, retired, lockFile, fresh);
            folder.Write(new TextOutputFile(MarkerFile, MarkerText));
            return folder;
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>One build at a time per output folder: a second one would write into the same second tree.</summary>
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
    /// Puts one file of the site into the second tree: kept when its bytes are already right there, a link to the
    /// published file when that one is right, else written anew.
    /// </summary>
    /// <returns>The size and time of the file now in the second tree, which the published output has after the swap.</returns>
    public FileStamp Write(OutputFile file) => file switch
    {
        TextOutputFile text => Put(file, Utf8Text.Encode(text.Text)),
        Utf8OutputFile page => Put(file, page.Bytes),
        _ => Put(file, null),
    };

    /// <summary>
    /// Puts the published file at <paramref name="relative"/> into the second tree as it is, without its bytes, when it
    /// still has the size and time <paramref name="stamp"/> it was written with (a page known to be unchanged, see
    /// <see cref="PageMemo"/>): kept when the second tree has that very file, else linked to it. False when it cannot
    /// be (gone, changed since, no hard links here): the caller makes the file.
    /// </summary>
    public bool Keep(string relative, FileStamp stamp)
    {
        var published = new FileInfo(System.IO.Path.Combine(_output, relative));
        if (!_published || !published.Exists || (published.Attributes & FileAttributes.ReparsePoint) != 0 || FileStamp.Of(published) != stamp)
        {
            return false;
        }

        _planned[relative] = 0;
        var path = System.IO.Path.Combine(Path, relative);
        var current = _fresh ? null : new FileInfo(path);
        if (current is not null && current.Exists && (current.Attributes & FileAttributes.ReparsePoint) == 0 && FileStamp.Of(current) == stamp)
        {
            return true;
        }

        MakeFolderOf(path);
        if (current is not null && (current.Exists || Directory.Exists(path) || IsLink(path)))
        {
            Remove(path);
        }

        return FileSystemCalls.TryHardLink(published.FullName, path);
    }

    /// <param name="bytes">The file's content, or null to copy a <see cref="CopiedOutputFile"/>.</param>
    private FileStamp Put(OutputFile file, Utf8Text? bytes)
    {
        _planned[file.Path] = 0;
        var path = System.IO.Path.Combine(Path, file.Path);
        var published = System.IO.Path.Combine(_output, file.Path);
        var current = _fresh ? null : new FileInfo(path);
        if (current is not null && Holds(current, file, bytes))
        {
            if (!SameFile(current, published))
            {
                Interlocked.Increment(ref _changed);
            }

            return FileStamp.Of(current);
        }

        MakeFolderOf(path);
        if (current is not null && (current.Exists || Directory.Exists(path) || IsLink(path)))
        {
            Remove(path);
        }

        var publishedInfo = new FileInfo(published);
        if (_published && Holds(publishedInfo, file, bytes) && FileSystemCalls.TryHardLink(published, path))
        {
            return FileStamp.Of(publishedInfo);
        }

        Interlocked.Increment(ref _changed);
        if (bytes is not null)
        {
            File.WriteAllBytes(path, bytes.Span);
        }
        else if (file is CopiedOutputFile copy)
        {
            File.Copy(copy.SourcePath, path);
        }

        return FileStamp.Of(new FileInfo(path));
    }

    /// <summary>
    /// Each folder is created once (not once per file); GetOrAdd returns only after its creation has finished, so a
    /// second thread writing into the same folder never runs ahead of it.
    /// </summary>
    private void MakeFolderOf(string path) =>
        _folders.GetOrAdd(System.IO.Path.GetDirectoryName(path)!, folder =>
        {
            MakeRoomFor(folder);
            return 0;
        });

    /// <summary>
    /// Removes from the second tree what the site no longer has, then publishes it in place of the output, in one
    /// atomic exchange where the system has one; the previous output becomes the next build's second tree.
    /// </summary>
    public void Commit()
    {
        if (!_fresh)
        {
            RemoveStale();
        }

        if (!Directory.Exists(_output))
        {
            Directory.Move(Path, _output);
            return;
        }

        if (FileSystemCalls.TryExchange(Path, _output))
        {
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

        Directory.Move(_retired, Path);
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Whether <paramref name="info"/> is a plain file with exactly the bytes <paramref name="file"/> has (sizes first, so most changes cost no read).</summary>
    private static bool Holds(FileInfo info, OutputFile file, Utf8Text? bytes)
    {
        if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0)
        {
            return false;
        }

        if (bytes is not null)
        {
            return info.Length == bytes.Length && HoldsBytes(info.FullName, bytes.Span);
        }

        var source = new FileInfo(((CopiedOutputFile)file).SourcePath);
        return info.Length == source.Length && File.ReadAllBytes(info.FullName).AsSpan().SequenceEqual(File.ReadAllBytes(source.FullName));
    }

    /// <summary>Whether the file at <paramref name="path"/> holds <paramref name="expected"/>, read block by block into a pooled buffer.</summary>
    private static bool HoldsBytes(string path, ReadOnlySpan<byte> expected)
    {
        var block = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(expected.Length, 1 << 16) + 1);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var compared = 0;
            while (true)
            {
                var read = stream.Read(block);
                if (read == 0)
                {
                    return compared == expected.Length;
                }

                if (compared + read > expected.Length || !block.AsSpan(0, read).SequenceEqual(expected.Slice(compared, read)))
                {
                    return false;
                }

                compared += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(block);
        }
    }

    /// <summary>
    /// Whether the file kept in the second tree is the one published (a hard link of it, or written with it): same
    /// size and time. Only for the count of changed files; a file that differs is never taken for the same one when
    /// writing.
    /// </summary>
    private static bool SameFile(FileInfo kept, string published)
    {
        var other = new FileInfo(published);
        return other.Exists && kept.Length == other.Length && kept.LastWriteTimeUtc == other.LastWriteTimeUtc;
    }

    /// <summary>A file where a folder must go (a page became a folder of pages) is removed, and the folder made.</summary>
    private void MakeRoomFor(string folder)
    {
        for (var up = folder; !_fresh && up.Length > Path.Length; up = System.IO.Path.GetDirectoryName(up)!)
        {
            // One lstat each: a file, or a link of any kind, where the folder goes.
            var entry = new FileInfo(up);
            if (entry.Exists || (entry.Attributes != (FileAttributes)(-1) && (entry.Attributes & FileAttributes.ReparsePoint) != 0))
            {
                File.Delete(up);
            }
        }

        Directory.CreateDirectory(folder);
    }

    /// <summary>Whatever is at <paramref name="path"/> (a file, a link, a folder where a file goes) is removed, never written into.</summary>
    private static void Remove(string path)
    {
        if (IsLink(path) || File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Files of an earlier site that this one no longer has, and folders left empty, leave the second tree.</summary>
    private void RemoveStale() => KeepsAnything(Path, "");

    /// <summary>
    /// Removes what <paramref name="folder"/> (<paramref name="relative"/> to the second tree) holds that the site no
    /// longer has, and the folders this leaves empty; whether anything is left in it. One walk, one listing per folder:
    /// at 10,000 pages the second tree has 10,000 folders, and a rebuild that changed one page still walks them all.
    /// </summary>
    private bool KeepsAnything(string folder, string relative)
    {
        var kept = false;
        // Listed before anything is removed: entries deleted while a folder is being read may shift what it returns.
        foreach (var (name, isFolder) in Entries(folder))
        {
            var path = System.IO.Path.Combine(folder, name);
            var child = relative.Length == 0 ? name : relative + "/" + name;
            if (isFolder)
            {
                if (KeepsAnything(path, child))
                {
                    kept = true;
                }
                else
                {
                    Directory.Delete(path);
                }
            }
            else if (_planned.ContainsKey(child))
            {
                kept = true;
            }
            else
            {
                // A file, or a link of any kind (to a folder too): the link goes, never what it points to.
                File.Delete(path);
            }
        }

        return kept;
    }

    /// <summary>A folder's entries by name, and whether each is a folder itself (not a link to one); no entry skipped, hidden ones too.</summary>
    private static List<(string Name, bool IsFolder)> Entries(string folder) =>
    [
        .. new FileSystemEnumerable<(string, bool)>(
            folder,
            (ref entry) => (entry.FileName.ToString(), entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false }),
    ];

    /// <summary>
    /// Cleans up after earlier builds (we hold the lock, so none is running): a retired output is moved back when a
    /// kill came between the two renames of the fallback and left no output at all; folders and journals of earlier
    /// versions (staging-PID, old-PID, trash, commit journals) are removed.
    /// </summary>
    private static void RecoverOrRemoveLeftovers(string parent, string name, string output, string retired)
    {
        if (Directory.Exists(retired))
        {
            if (!Directory.Exists(output))
            {
                Directory.Move(retired, output);
            }
            else
            {
                Remove(retired);
            }
        }

        foreach (var journal in Directory.EnumerateFiles(parent, $".{name}.commit-*"))
        {
            File.Delete(journal);
        }

        foreach (var directory in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
        {
            var suffix = System.IO.Path.GetFileName(directory)[(name.Length + 2)..];
            if (suffix.StartsWith("staging-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal) || suffix.StartsWith("trash-", StringComparison.Ordinal))
            {
                Remove(directory);
            }
        }
    }
}

/// <summary>A file's size and last write time (UTC ticks): what tells a file the build wrote from one changed since.</summary>
internal readonly record struct FileStamp(long Length, long Time)
{
    public static FileStamp Of(FileInfo info) => new(info.Length, info.LastWriteTimeUtc.Ticks);
}
