using System.Text;

namespace Scholarly.Output;

/// <summary>
/// The write phase: files go into a staging folder beside the output folder as soon as they are ready, and the
/// staging folder replaces the output with two renames at the end (<see cref="Commit"/>), so a failed or killed
/// build never leaves a half-written site where the old one was.
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
    public const string MarkerFile = ".scholarly-output";

    private const string MarkerText = "This folder is written by Scholarly and replaced whole by every build.\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string _retired;
    private readonly FileStream _lock;
    private bool _committed;

    private StagingFolder(string output, string staging, string retired, FileStream lockFile)
    {
        _output = output;
        Path = staging;
        _retired = retired;
        _lock = lockFile;
    }

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
            File.WriteAllText(System.IO.Path.Combine(staging, MarkerFile), MarkerText);
            return new StagingFolder(output, staging, System.IO.Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"), lockFile);
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

    /// <summary>Writes one file into the staging folder.</summary>
    public void Write(OutputFile file)
    {
        var path = System.IO.Path.Combine(Path, file.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        switch (file)
        {
            case TextOutputFile text:
                File.WriteAllBytes(path, Utf8.GetBytes(text.Text));
                break;
            case CopiedOutputFile copy:
                File.Copy(copy.SourcePath, path, overwrite: true);
                break;
        }
    }

    /// <summary>Retires the old output, moves the staging folder into its place, then deletes the retired one.</summary>
    public void Commit()
    {
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

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(Path);
        }

        _lock.Dispose();
    }

    /// <summary>
    /// Cleans up after a build that was killed (we hold the lock, so none is running): its staging folder is deleted;
    /// a retired output is moved back when the kill came between the two renames and left no output at all.
    /// </summary>
    private static void RecoverOrRemoveLeftovers(string parent, string name, string output)
    {
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
