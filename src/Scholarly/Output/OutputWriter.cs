using System.Text;

namespace Scholarly.Output;

/// <summary>
/// The write phase: writes every file into a staging folder beside the output folder, then swaps it in
/// with two renames, so a failed or killed build never leaves a half-written site where the old one was.
/// </summary>
/// <remarks>
/// The staging and retired folders are siblings of the output (same file system, so the renames are atomic);
/// leftovers of a killed build are removed by the next one.
/// </remarks>
internal static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="files"/> as the whole content of <paramref name="outputDirectory"/>.</summary>
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, bool parallel)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write the site to the root folder {output}");
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);

        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
            Parallel.ForEach(files, options, file => WriteOne(staging, file));
            Swap(staging, output, Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"));
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void WriteOne(string root, OutputFile file)
    {
        var path = Path.Combine(root, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (file)
        {
            case TextOutputFile text:
                File.WriteAllText(path, text.Text, Utf8);
                break;
            case CopiedOutputFile copy:
                File.Copy(copy.SourcePath, path, overwrite: true);
                break;
        }
    }

    /// <summary>Retires the old output, moves the staging folder into its place, then deletes the retired one.</summary>
    private static void Swap(string staging, string output, string retired)
    {
        if (File.Exists(output))
        {
            throw new IOException($"{output} is a file, not a folder: move it away or choose another --output");
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, retired);
            try
            {
                Directory.Move(staging, output);
            }
            catch
            {
                Directory.Move(retired, output);
                throw;
            }

            TryDelete(retired);
        }
        else
        {
            Directory.Move(staging, output);
        }
    }

    /// <summary>Staging or retired folders of a build that was killed; never the output itself.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var directory in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(directory)[(name.Length + 2)..];
            if (suffix.StartsWith("staging-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal))
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
        catch (IOException)
        {
            // A leftover is removed by the next build; failing here would hide the real outcome.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: best effort.
        }
    }
}
