using System.Text.Json;
using Scholarly.Diagnostics;
using Scholarly.Import;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Import;

/// <summary>
/// The import corpus (Import/Corpus): exports in the style of Google Scholar, DBLP, Zotero, Better BibTeX, JabRef,
/// ACM, IEEE, a hand-kept file, every LaTeX form, every name form, CSL-JSON and arXiv Atom, each with the papers a
/// reader expects (manifest.json); and broken files, each with one bad entry among good ones.
/// </summary>
public class CorpusTests
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Root, "tests", "Scholarly.Tests", "Import", "Corpus");
    private static readonly JsonElement Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus, "manifest.json"))).RootElement;

    public static IEnumerable<string> ValidFiles() => Manifest.GetProperty("valid").EnumerateArray().Select(f => f.GetProperty("file").GetString()!);

    public static IEnumerable<string> BrokenFiles() => Manifest.GetProperty("broken").EnumerateArray().Select(f => f.GetProperty("file").GetString()!);

    [TestCaseSource(nameof(ValidFiles))]
    public void EveryPaperOfAnExportComesOutAsAReaderWritesIt(string file)
    {
        var bag = new DiagnosticBag();
        var papers = PublicationImporter.Read(Path.Combine(Corpus, file), bag).ToDictionary(p => p.Key, StringComparer.Ordinal);

        Assert.That(bag.Sorted().Where(d => d.IsError), Is.Empty, file);
        var expected = Manifest.GetProperty("valid").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file).GetProperty("entries").EnumerateArray().ToList();
        var mismatches = new List<string>();
        foreach (var entry in expected.Where(e => !e.TryGetProperty("type", out var type) || type.GetString() is not ("proceedings" or "xdata")))
        {
            // arXiv's entries are known by their id, whatever the version in the entry's address.
            var key = System.Text.RegularExpressions.Regex.Replace(entry.GetProperty("key").GetString()!, @"^https?://arxiv\.org/abs/(.+?)(v\d+)?$", "$1");
            if (!papers.TryGetValue(key, out var paper))
            {
                mismatches.Add($"{key}: not imported (got {string.Join(", ", papers.Keys)})");
                continue;
            }

            var authors = paper.Authors.Concat(paper.EtAl ? ["et al."] : Array.Empty<string>()).ToList();
            var expectedAuthors = entry.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList();
            Compare(mismatches, key, "title", Seen(entry.GetProperty("title").GetString()!), Seen(paper.Title));
            if (expectedAuthors.Count > 0)
            {
                // An edited book with no authors lists its editors: a paper needs someone's name.
                Compare(mismatches, key, "authors", string.Join("; ", expectedAuthors), string.Join("; ", authors));
            }
            Compare(mismatches, key, "year", entry.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), paper.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (entry.TryGetProperty("doi", out var doi) && doi.ValueKind == JsonValueKind.String)
            {
                Compare(mismatches, key, "doi", doi.GetString(), paper.Doi);
            }

            if (entry.TryGetProperty("arxiv", out var arxiv) && arxiv.ValueKind == JsonValueKind.String)
            {
                Compare(mismatches, key, "arxiv", arxiv.GetString(), paper.ArxivId);
            }
        }

        Assert.That(mismatches, Is.Empty, file);
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public void ABrokenEntryIsReportedAndEveryGoodOneStillImported(string file)
    {
        var bag = new DiagnosticBag();
        var papers = PublicationImporter.Read(Path.Combine(Corpus, file), bag);
        var record = Manifest.GetProperty("broken").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
        var good = record.GetProperty("good").EnumerateArray().Select(k => k.GetString()!).ToList();

        Assert.That(papers.Select(p => p.Key), Is.SupersetOf(good), file);
        var problems = bag.Sorted();
        Assert.That(problems, Is.Not.Empty, $"{file}: {record.GetProperty("bad").GetProperty("reason").GetString()}");
        Assert.That(problems.All(p => p.File.EndsWith(Path.GetFileName(file), StringComparison.Ordinal)), Is.True);
        if (record.GetProperty("bad").GetProperty("key").GetString() is { } badKey && !good.Contains(badKey))
        {
            Assert.That(papers.Select(p => p.Key), Does.Not.Contain(badKey).Or.Matches<IEnumerable<string>>(_ => problems.Any(p => !p.IsError)), $"{file}: the bad entry is skipped (or kept with a warning)");
        }
    }

    /// <summary>A title as a reader sees it: both sides are Markdown, so compare what the site shows of them.</summary>
    private static string Seen(string markdown) => Scholarly.Markup.HtmlToText.Convert(Markdown.ToInlineHtml(markdown));

    private static readonly Scholarly.Markup.MarkdownRenderer Markdown = new();

    private static void Compare(List<string> mismatches, string key, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            mismatches.Add($"{key} {field}: expected «{expected}» got «{actual}»");
        }
    }

    /// <summary>
    /// The paper files an import writes for each export, compared with Corpus/golden/&lt;file&gt;.md (all files of one
    /// import, in name order). To accept a deliberate change, run the tests with SCHOLARLY_UPDATE_GOLDEN=1 and review the diff.
    /// </summary>
    [TestCaseSource(nameof(ValidFiles))]
    public void TheWrittenFilesMatchTheirGolden(string file)
    {
        using var site = new TestSite();
        var report = PublicationImporter.Run([Path.Combine(Corpus, file)], site.SiteDirectory, dryRun: false, force: false);
        Assert.That(report.Failed, Is.Zero);

        var papers = Path.Combine(site.SiteDirectory, "papers");
        var written = string.Concat(Directory.GetFiles(papers, "*.md").Order(StringComparer.Ordinal)
            .Select(f => $"==> {Path.GetFileName(f)} <==\n{File.ReadAllText(f)}"));
        var golden = Path.Combine(Corpus, "golden", Path.GetFileName(file) + ".md");
        if (Environment.GetEnvironmentVariable("SCHOLARLY_UPDATE_GOLDEN") == "1" && (!File.Exists(golden) || File.ReadAllText(golden) != written))
        {
            // Rewritten on request only, and never passed on its own word: the run is not green until the diff has
            // been reviewed and the tests run again without the variable.
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, written);
            Assert.Fail($"{golden} rewritten: review `git diff` and run the tests again without SCHOLARLY_UPDATE_GOLDEN");
        }

        Assert.That(written, Is.EqualTo(File.ReadAllText(golden)), golden);
    }
}
