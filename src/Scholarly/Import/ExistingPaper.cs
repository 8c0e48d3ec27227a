using System.Text;
using System.Text.RegularExpressions;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Text;

namespace Scholarly.Import;

/// <summary>A paper file already in the site, with what a re-import matches it by.</summary>
internal sealed partial class ExistingPaper
{
    private ExistingPaper(string path, string text, FrontMatter? front, YamlMap? map)
    {
        Path = path;
        Text = text;
        Front = front;
        Map = map;
        var links = map?.Map("links");
        Doi = NormalizeDoi(links?.String("doi"));
        Arxiv = NormalizeArxiv(links?.String("arxiv"));
        ImportKey = map?.String("import_key");
        TitleKey = map?.String("title") is { } title ? Slug.From(title) : null;
        Links = links is null ? new Dictionary<string, string>() : links.Keys.Where(k => links.String(k) is not null).ToDictionary(k => k, k => links.String(k)!);
    }

    public string Path { get; }

    /// <summary>The tags the file gives, as written.</summary>
    public IReadOnlyList<string> Tags => Map?.StringList("tags") ?? [];

    public string Text { get; }

    /// <summary>Written by an earlier import (it carries import_key), so an import may update it.</summary>
    public bool Imported => ImportKey is not null;

    private FrontMatter? Front { get; }

    private YamlMap? Map { get; }

    private string? Doi { get; }

    private string? Arxiv { get; }

    private string? ImportKey { get; }

    private string? TitleKey { get; }

    private Dictionary<string, string> Links { get; }


    public static List<ExistingPaper> ReadAll(string papersFolder)
    {
        if (!Directory.Exists(papersFolder))
        {
            return [];
        }

        var papers = new List<ExistingPaper>();
        foreach (var file in Directory.EnumerateFiles(papersFolder, "*.md", ContentEnumeration.Options).Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = ContentText.Read(file);
            }
            catch (InvalidContentException)
            {
                // Unreadable as text: it matches nothing, so nothing overwrites it, and its name stays taken.
                papers.Add(new ExistingPaper(file, "", null, null));
                continue;
            }

            var ignored = new DiagnosticBag();
            var front = FrontMatter.Split(text, file, ignored);
            var map = front is null ? null : YamlMap.Parse(front.Yaml, file, front.YamlLineOffset, ignored);
            papers.Add(new ExistingPaper(file, text, front, map));
        }

        return papers;
    }

    /// <summary>The site's papers by what an import matches them on: DOI, then arXiv id, then citation key, then title.</summary>
    public sealed class Index
    {
        private readonly Dictionary<string, ExistingPaper> _byDoi = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExistingPaper> _byArxiv = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExistingPaper> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExistingPaper> _byTitle = new(StringComparer.Ordinal);

        public Index(IEnumerable<ExistingPaper> papers)
        {
            foreach (var paper in papers)
            {
                Add(_byDoi, paper.Doi, paper);
                Add(_byArxiv, paper.Arxiv, paper);
                Add(_byKey, paper.ImportKey, paper);
                Add(_byTitle, paper.TitleKey is { Length: > 0 } title ? title : null, paper);
            }
        }

        /// <remarks>
        /// A match by key or title is refused when both papers carry a DOI (or an arXiv id) and they differ: two
        /// editorials titled "Editorial" are two papers.
        /// </remarks>
        public ExistingPaper? Find(ImportedPaper paper)
        {
            if ((Get(_byDoi, NormalizeDoi(paper.Doi)) ?? Get(_byArxiv, NormalizeArxiv(paper.ArxivId))) is { } byId)
            {
                return byId;
            }

            var candidate = Get(_byKey, paper.Key) ?? Get(_byTitle, Slug.From(LatexFree(paper.Title)));
            return candidate is not null && !Conflicts(candidate, paper) ? candidate : null;
        }

        private static bool Conflicts(ExistingPaper existing, ImportedPaper paper) =>
            (existing.Doi is not null && NormalizeDoi(paper.Doi) is { } doi && doi != existing.Doi)
            || (existing.Arxiv is not null && NormalizeArxiv(paper.ArxivId) is { } arxiv && arxiv != existing.Arxiv);

        private static void Add(Dictionary<string, ExistingPaper> index, string? key, ExistingPaper paper)
        {
            if (key is not null)
            {
                index.TryAdd(key, paper);
            }
        }

        private static ExistingPaper? Get(Dictionary<string, ExistingPaper> index, string? key) =>
            key is not null && index.TryGetValue(key, out var paper) ? paper : null;
    }

    /// <summary>
    /// The file with its imported keys replaced by <paramref name="paper"/>'s, every other key and the whole body kept;
    /// links and tags the user added stay.
    /// </summary>
    public string WithFrontMatter(ImportedPaper paper)
    {
        if (Front is null)
        {
            return "---\n" + PaperFileWriter.OwnedFrontMatter(paper) + "---\n" + Text;
        }

        var kept = new StringBuilder();
        var keep = true;
        foreach (var line in Front.Yaml.Split('\n'))
        {
            if (TopLevelKey().Match(line) is { Success: true } key)
            {
                keep = !PaperFileWriter.OwnedKeys.Contains(key.Groups[1].Value);
            }

            if (keep)
            {
                kept.Append(line).Append('\n');
            }
        }

        // Links of kinds an import never writes (project, slides, ...) are the user's and stay; the rest follow the file.
        var userLinks = Links.Where(l => !PaperFileWriter.ImportedLinkKinds.Contains(l.Key)).ToDictionary(l => l.Key, l => l.Value);
        return "---\n" + PaperFileWriter.OwnedFrontMatter(paper, userLinks) + kept.ToString().TrimEnd('\n') + (kept.Length > 0 ? "\n" : "") + "---\n" + Front.Body;
    }

    private static string LatexFree(string title) => title.Replace("$", "", StringComparison.Ordinal);

    private static string? NormalizeDoi(string? doi) => doi is null ? null : DoiPrefix().Replace(doi.Trim(), "").ToLowerInvariant();

    /// <summary>arXiv ids match whatever their version: 2401.00001v2 is 2401.00001.</summary>
    private static string? NormalizeArxiv(string? id) => id is null ? null : ArxivVersion().Replace(ArxivPrefix().Replace(id.Trim(), ""), "").ToLowerInvariant();

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex ArxivVersion();

    [GeneratedRegex(@"^([A-Za-z_][\w-]*)\s*:")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^(?:https?://arxiv\.org/(?:abs|pdf)/|arxiv:)", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPrefix();
}
