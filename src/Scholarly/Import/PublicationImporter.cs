using System.Text;
using System.Text.RegularExpressions;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Text;

namespace Scholarly.Import;

/// <summary>
/// <c>scholarly import</c>: reads BibTeX, CSL-JSON or arXiv Atom files (told apart by their content) and writes one
/// paper file per publication into the site's papers folder. Safe to run again: a paper it created before (matched
/// by DOI, then arXiv id, then citation key, then title) gets its front matter updated and its body kept; a file
/// written by hand is left alone unless forced; each file appears whole or not at all.
/// </summary>
internal static partial class PublicationImporter
{
    public static ImportReport Run(IReadOnlyList<string> files, string siteDirectory, bool dryRun, bool force)
    {
        var problems = new DiagnosticBag();
        var imported = new List<ImportedPaper>();
        foreach (var file in files)
        {
            imported.AddRange(Read(file, problems));
        }

        var papersFolder = Path.Combine(siteDirectory, ContentLoader.PapersFolder);
        if (SymbolicLinks.FirstOnPath(siteDirectory, papersFolder) is { } link)
        {
            // The build would not read papers written there, and they would land wherever the link leads.
            problems.Error(ContentLoader.PapersFolder + "/", 0, 0, $"{Path.GetRelativePath(siteDirectory, link)} is a symbolic link (to {SymbolicLinks.TargetOf(link)}); the build does not follow links, so import writes nothing there");
            return new ImportReport([], problems.Sorted());
        }
        var existing = ExistingPaper.ReadAll(papersFolder);
        var index = new ExistingPaper.Index(existing);
        var planned = new List<(ImportAction Action, string? Text, ImportedPaper Paper)>();
        var taken = existing.Select(e => Path.GetFileNameWithoutExtension(e.Path)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var buildable = new BuildableImport(existing.SelectMany(e => e.Tags));
        foreach (var found in Deduplicate(imported, problems))
        {
            var paper = buildable.Clean(found, problems);
            var match = index.Find(paper);
            if (match is null)
            {
                var path = Path.Combine(papersFolder, FileName(paper, taken) + ".md");
                planned.Add((new ImportAction(ImportActionKind.Create, path, paper.Origin), "---\n" + PaperFileWriter.OwnedFrontMatter(paper) + "---\n", paper));
                continue;
            }

            if (!match.Imported && !force)
            {
                planned.Add((new ImportAction(ImportActionKind.Skip, match.Path, paper.Origin, "written by hand; --force updates its front matter"), null, paper));
                continue;
            }

            var updated = match.WithFrontMatter(paper);
            var kind = updated == match.Text ? ImportActionKind.Unchanged : ImportActionKind.Update;
            planned.Add((new ImportAction(kind, match.Path, paper.Origin), kind == ImportActionKind.Update ? updated : null, paper));
        }

        // An updated file mixes the import's front matter with the user's own keys and body, so it is read back as the
        // build reads it before it is written. A new file is entirely the writer's, whose every output the build
        // reads (Reliability/ImportWriterFuzzTests); reading ten thousand of them back would double an import's time.
        var usable = new bool[planned.Count];
        Parallel.For(0, planned.Count, i => usable[i] = planned[i].Text is not { } text || planned[i].Action.Kind != ImportActionKind.Update
            || BuildableImport.Buildable(text, planned[i].Action.File, planned[i].Paper, problems));
        var actions = new List<ImportAction>();
        var writes = new List<(string Path, string Text)>();
        for (var i = 0; i < planned.Count; i++)
        {
            if (!usable[i])
            {
                continue;
            }

            var (action, text, _) = planned[i];
            if (text is not null)
            {
                writes.Add((action.File, text));
            }

            actions.Add(action with { File = Show(siteDirectory, action.File) });
        }

        if (!dryRun)
        {
            Directory.CreateDirectory(papersFolder);
            // One after the other: files of one folder written in parallel contend for the folder and go slower.
            foreach (var (path, text) in writes)
            {
                WriteWhole(path, text);
            }
        }

        return new ImportReport(actions, problems.Sorted());
    }

    /// <summary>The papers of one file, in whichever format its content says; problems go to the bag.</summary>
    internal static List<ImportedPaper> Read(string file, DiagnosticBag problems)
    {
        if (!File.Exists(file))
        {
            problems.Error(file, 0, 0, "no such file");
            return [];
        }

        var text = Decode(File.ReadAllBytes(file), file, problems).TrimStart('\uFEFF');
        var start = text.TrimStart(' ', '\t', '\r', '\n');
        (IReadOnlyList<ImportedPaper> Papers, IReadOnlyList<BibtexError> Errors) result;
        if (start.StartsWith('<') && start.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal))
        {
            result = ArxivAtomImporter.Import(text, file);
        }
        else if (start.StartsWith('[') || start.StartsWith('{'))
        {
            result = CslJsonImporter.Import(text, file);
        }
        else if (text.Contains('@', StringComparison.Ordinal) && BibtexEntryStart().IsMatch(text))
        {
            result = BibtexImporter.Import(text, file);
        }
        else
        {
            var preview = new string(start.Take(30).Where(c => !char.IsControl(c)).ToArray());
            problems.Error(file, 1, 1, $"not BibTeX, CSL-JSON or arXiv Atom (it starts with \"{preview}\")");
            return [];
        }

        if (result.Papers.Count == 0 && result.Errors.Count == 0)
        {
            problems.Warning(file, 0, 0, "the file holds no publications");
        }

        foreach (var error in result.Errors)
        {
            var entry = error.Key is null ? "" : $"entry '{error.Key}': ";
            if (error.IsWarning)
            {
                problems.Warning(file, error.Line, error.Column, entry + error.Reason);
            }
            else
            {
                problems.Error(file, error.Line, error.Column, $"{entry}{error.Reason}; the entry is skipped");
            }
        }

        return [.. result.Papers];
    }

    /// <summary>UTF-8, or, for an old file in Latin-1, its bytes read as such with a warning.</summary>
    private static string Decode(byte[] bytes, string file, DiagnosticBag problems)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Warning(file, 0, 0, "the file is not UTF-8; it was read as Latin-1 (save it as UTF-8 to be sure of every accent)");
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>The same DOI or arXiv id twice in one import is one paper: the first, completed by the others, with a warning.</summary>
    private static List<ImportedPaper> Deduplicate(List<ImportedPaper> papers, DiagnosticBag problems)
    {
        var kept = new List<ImportedPaper>();
        var byDoi = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byArxiv = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in papers)
        {
            var index = paper.Doi is { } d && byDoi.TryGetValue(d.Trim(), out var i) ? i
                : paper.ArxivId is { } a && byArxiv.TryGetValue(a.Trim(), out var j) ? j
                : -1;
            if (index < 0)
            {
                kept.Add(paper);
                if (paper.Doi is not null)
                {
                    byDoi.TryAdd(paper.Doi.Trim(), kept.Count - 1);
                }

                if (paper.ArxivId is not null)
                {
                    byArxiv.TryAdd(paper.ArxivId.Trim(), kept.Count - 1);
                }

                continue;
            }

            var first = kept[index];
            var (file, line) = BuildableImport.Origin(paper.Origin);
            problems.Warning(file, line, 0, $"'{paper.Key}' is the same paper as '{first.Key}' ({first.Origin}); merged into one");
            kept[index] = first with
            {
                Venue = first.Venue ?? paper.Venue,
                Doi = first.Doi ?? paper.Doi,
                ArxivId = first.ArxivId ?? paper.ArxivId,
                Pdf = first.Pdf ?? paper.Pdf,
                Code = first.Code ?? paper.Code,
                Url = first.Url ?? paper.Url,
                Abstract = first.Abstract ?? paper.Abstract,
                Tags = [.. (first.Tags ?? []).Concat(paper.Tags ?? []).Distinct(StringComparer.OrdinalIgnoreCase)],
            };
        }

        return kept;
    }

    /// <summary>family-year-word ("lovelace-2024-engines"), unique in the folder.</summary>
    private static string FileName(ImportedPaper paper, HashSet<string> taken)
    {
        var family = paper.Authors.Count > 0 ? paper.Authors[0].Split(' ')[^1] : "paper";
        var word = paper.Title.Split(' ', '-', ':').Select(w => Slug.From(w)).FirstOrDefault(w => w.Length > 3) ?? "untitled";
        var stem = Slug.From($"{family} {paper.Date.Year} {word}");
        if (stem.Length == 0 || !Slug.KeepsAllLetters(family))
        {
            stem = Slug.From($"{paper.Date.Year} {word}") is { Length: > 0 } s ? s : "paper";
        }

        var name = stem;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{stem}-{n}";
        }

        return name;
    }

    /// <summary>A paper file appears whole or not at all: written beside, then renamed into place.</summary>
    private static void WriteWhole(string path, string text)
    {
        var temporary = path + ".importing";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Show(string siteDirectory, string path) => Path.GetRelativePath(siteDirectory, path).Replace('\\', '/');

    [GeneratedRegex(@"@\s*[A-Za-z]+\s*[{(]")]
    private static partial Regex BibtexEntryStart();
}
