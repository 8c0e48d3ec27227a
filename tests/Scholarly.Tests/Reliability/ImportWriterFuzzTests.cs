using System.Text;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Import;

namespace Scholarly.Tests.Reliability;

/// <summary>
/// What import writes for a new paper is never read back at import time (that would double the time of a large
/// import), so the writer itself must only ever write files the build reads: random papers made of every awkward
/// character go through the writer and back through the build's own reader, which must find no error and the same
/// title, authors and abstract.
/// </summary>
public class ImportWriterFuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("SCHOLARLY_FUZZ_ITERATIONS"), out var n) ? n : 400;

    private static readonly string[] Pieces =
    [
        "a", "Ab", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", ":", ": ", "#", " #", "-", "- ", "---", "...", "\"", "'", "\\", "\\alpha",
        "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "é", "ß", "😀", "\u0085", "\u2028", "\u2029", "\uFEFF",
        "\u00A0", "\u0007", "\f", "\0", "$x$", "<b>", "null", "~", "true", "1.5", "2020", "yes", "---\n", "\n---\n", "key: value",
    ];

    [Test]
    public void EveryNewPaperFileTheWriterMakesIsOneTheBuildReads()
    {
        var random = new Random(20261201);
        var failures = new List<string>();
        for (var i = 0; i < Iterations && failures.Count < 5; i++)
        {
            var paper = new ImportedPaper(
                Key: Text(random, 1, 6),
                Title: NonBlank(Text(random, 1, 12)),
                Authors: [.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => NonBlank(Line(random)))],
                EtAl: random.Next(4) == 0,
                Date: new DateOnly(1900 + random.Next(150), 1 + random.Next(12), 1 + random.Next(28)),
                Origin: "fuzz.bib:1",
                Venue: random.Next(2) == 0 ? Text(random, 0, 6) : null,
                EntryType: random.Next(2) == 0 ? "article" : null,
                Doi: random.Next(3) == 0 ? "10.1000/" + Text(random, 1, 3).Replace(" ", "", StringComparison.Ordinal) : null,
                Tags: [.. Enumerable.Range(0, random.Next(4)).Select(_ => NonBlank(Line(random)))],
                Abstract: random.Next(2) == 0 ? Text(random, 0, 30) : null,
                Bibtex: random.Next(2) == 0 ? "@misc{k,\n  title = {" + Text(random, 0, 10) + "},\n}" : null,
                Extra: random.Next(2) == 0 ? new Dictionary<string, string> { [NonBlank(Line(random))] = Text(random, 0, 5) } : null);
            var clean = new BuildableImport([]).Clean(paper, new DiagnosticBag());
            var text = "---\n" + PaperFileWriter.OwnedFrontMatter(clean) + "---\n";
            var bag = new DiagnosticBag();
            var read = PaperReader.Parse(text, "fuzz.md", "papers/fuzz.md", markdown: null, bag);
            if (read is null)
            {
                failures.Add($"case {i}: {string.Join("; ", bag.Sorted().Where(d => d.IsError))}\n{text}");
            }
            else if (read.Title != clean.Title.Trim() || read.Authors.Count != clean.Authors.Count)
            {
                failures.Add($"case {i}: read back as '{read.Title}' by {read.Authors.Count} authors\n{text}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n\n", failures));
    }

    private static string Text(Random random, int min, int max)
    {
        var text = new StringBuilder();
        for (var i = min + random.Next(Math.Max(1, max - min + 1)); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>A name or title has no line breaks in practice (importers join lines); control characters it may have.</summary>
    private static string Line(Random random) => Text(random, 1, 5).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\u0085", " ", StringComparison.Ordinal).Replace("\u2028", " ", StringComparison.Ordinal).Replace("\u2029", " ", StringComparison.Ordinal);

    /// <summary>Something that reads as a name: not blank, and not what an author list ends with to say "et al." ("...", "others").</summary>
    private static string NonBlank(string text) =>
        text.Trim().Length == 0 || text.Trim().TrimEnd('.') is "" or "others" or "et al" ? "x" + text : text;
}
