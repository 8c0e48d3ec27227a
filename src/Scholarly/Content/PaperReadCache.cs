using System.Collections.Concurrent;
using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>
/// Papers read by earlier builds of one process (<c>serve</c>), so a rebuild reads again only the files that changed.
/// A file counts as unchanged while its size and last write time are; a file written in the last two seconds is read
/// again next time too, as git's index does, since some file systems keep times no finer than that and a second save
/// in the same tick would look unchanged. What reading a file reported is kept with it and reported again.
/// </summary>
/// <remarks>
/// A paper depends on nothing but its file (its text and its path): the Markdown renderer takes no settings, and
/// formulas are typeset from their TeX alone. Paper is immutable, so one object serves every build.
/// </remarks>
internal sealed class PaperReadCache
{
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, ReadFile> _read = new(StringComparer.Ordinal);

    private int _filesRead;

    /// <summary>How many files the builds so far read anew rather than took from here (tests watch it).</summary>
    public int FilesRead => _filesRead;

    /// <summary>The paper in <paramref name="file"/> as <see cref="PaperReader.Read(string, string, MarkdownRenderer, DiagnosticBag)"/> gives it, read again only when the file changed.</summary>
    /// <param name="file">The file as the folder's listing found it: its size and time are its state before it is read, so a write after that makes the next build see a change.</param>
    public Paper? Read(FileInfo file, string displayPath, MarkdownRenderer markdown, DiagnosticBag diagnostics, PaperStore store)
    {
        var path = file.FullName;
        var (length, written) = file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1, DateTime.MinValue);
        if (_read.TryGetValue(path, out var known) && known.Length == length && known.Written == written)
        {
            foreach (var diagnostic in known.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return known.Paper;
        }

        Interlocked.Increment(ref _filesRead);
        var local = new DiagnosticBag();
        var paper = store.Read(path, displayPath, markdown, local);
        diagnostics.AddRange(local);
        if (DateTime.UtcNow - written > Racy)
        {
            _read[path] = new ReadFile(length, written, paper, local.Sorted());
        }
        else
        {
            _read.TryRemove(path, out _);
        }

        return paper;
    }

    private sealed record ReadFile(long Length, DateTime Written, Paper? Paper, IReadOnlyList<Diagnostic> Diagnostics);
}
