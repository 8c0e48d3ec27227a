using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Model;

namespace Scholarly.Import;

/// <summary>
/// Import never writes a paper file the build would reject: what a site cannot hold is normalised or dropped with a
/// warning (a link the build refuses, a tag spelt two ways), and each file is read back the way the build reads it
/// before it is written.
/// </summary>
/// <remarks>One instance per import; not thread-safe.</remarks>
internal sealed class BuildableImport
{
    private readonly Dictionary<string, string> _tagNames = new(StringComparer.Ordinal);

    /// <param name="existingTags">The tags the site's papers already use: an imported spelling of one of them becomes theirs.</param>
    public BuildableImport(IEnumerable<string> existingTags)
    {
        foreach (var tag in existingTags)
        {
            _tagNames.TryAdd(Tag.SlugOf(tag), tag);
        }
    }

    /// <summary>The paper with its unusable links dropped and its tags spelt as the site already spells them.</summary>
    public ImportedPaper Clean(ImportedPaper paper, DiagnosticBag problems)
    {
        var (file, line) = Origin(paper.Origin);
        string? Usable(string kind, string? address)
        {
            if (address is null || LinkAddress.Normalize(kind, address, out var problem) is not null)
            {
                return address;
            }

            problems.Warning(file, line, 0, $"'{paper.Key}': its {kind} link is left out: {problem}");
            return null;
        }

        return paper with
        {
            Doi = Usable("doi", paper.Doi),
            ArxivId = Usable("arxiv", paper.ArxivId),
            Url = Usable("url", paper.Url),
            Pdf = Usable("pdf", paper.Pdf),
            Code = Usable("code", paper.Code),
            Tags = paper.Tags is null ? null : [.. paper.Tags.Select(t => SpellAsTheSite(t, paper, problems)).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>
    /// True when the build would read <paramref name="text"/> as a paper; otherwise the reason is an error at the
    /// entry's origin and the file is not written.
    /// </summary>
    public static bool Buildable(string text, string path, ImportedPaper paper, DiagnosticBag problems)
    {
        var check = new DiagnosticBag();
        if (PaperReader.Parse(text, path, Path.GetFileName(path), markdown: null, check) is not null)
        {
            return true;
        }

        var (file, line) = Origin(paper.Origin);
        var reason = check.Sorted().First(d => d.IsError).Message;
        problems.Error(file, line, 0, $"'{paper.Key}': the paper file it makes would not build ({reason}); the entry is skipped");
        return false;
    }

    /// <summary>Tags that share a page (Best-match searching, Best match searching.) must be spelt alike: the first spelling wins.</summary>
    private string SpellAsTheSite(string tag, ImportedPaper paper, DiagnosticBag problems)
    {
        var slug = Tag.SlugOf(tag);
        if (!_tagNames.TryGetValue(slug, out var known))
        {
            _tagNames[slug] = tag;
            return tag;
        }

        if (!string.Equals(known, tag, StringComparison.OrdinalIgnoreCase))
        {
            var (file, line) = Origin(paper.Origin);
            problems.Warning(file, line, 0, $"'{paper.Key}': tag '{tag}' is written '{known}', the spelling already used for tags/{slug}/");
            return known;
        }

        return tag;
    }

    /// <summary>"refs.bib:12" → ("refs.bib", 12).</summary>
    public static (string File, int Line) Origin(string origin)
    {
        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin[(colon + 1)..], out var line) ? (origin[..colon], line) : (origin, 0);
    }
}
