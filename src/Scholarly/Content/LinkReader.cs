namespace Scholarly.Content;

/// <summary>
/// Reads a <c>links:</c> mapping (kind → address, or kind → { url, label }) the same way for papers, talks, courses,
/// projects and news, so every kind of content names its links alike and gets the same messages.
/// </summary>
internal static class LinkReader
{
    /// <summary>Link kinds with the label readers expect; any other kind is shown with its name capitalised.</summary>
    private static readonly Dictionary<string, string> LinkLabels = new(StringComparer.Ordinal)
    {
        ["pdf"] = "PDF", ["code"] = "Code", ["arxiv"] = "arXiv", ["doi"] = "DOI", ["project"] = "Project",
        ["slides"] = "Slides", ["video"] = "Video", ["poster"] = "Poster", ["data"] = "Data", ["blog"] = "Blog", ["url"] = "Link",
        ["openreview"] = "OpenReview", ["huggingface"] = "Hugging Face", ["github"] = "GitHub", ["gitlab"] = "GitLab",
        ["colab"] = "Colab", ["demo"] = "Demo", ["website"] = "Website", ["html"] = "HTML", ["supplementary"] = "Supplementary",
        ["supp"] = "Supplementary", ["talk"] = "Talk", ["dataset"] = "Dataset", ["model"] = "Model", ["acl"] = "ACL Anthology",
        ["pmc"] = "PMC", ["pubmed"] = "PubMed", ["ssrn"] = "SSRN", ["biorxiv"] = "bioRxiv", ["medrxiv"] = "medRxiv",
        ["zenodo"] = "Zenodo", ["osf"] = "OSF", ["youtube"] = "YouTube", ["bibtex"] = "BibTeX",
        ["event"] = "Event", ["syllabus"] = "Syllabus", ["recording"] = "Recording", ["materials"] = "Materials",
    };

    /// <summary>What a link given as a mapping may say: <c>talk: { url: …, label: Talk at NeurIPS }</c>.</summary>
    private static readonly HashSet<string> LinkEntryKeys = new(StringComparer.Ordinal) { "url", "label" };

    /// <summary>The links under <paramref name="key"/>, in the order written; each bad one is an error at its line and left out.</summary>
    public static List<Link> Read(YamlMap map, string key = "links")
    {
        var links = new List<Link>();
        var linkMap = map.Map(key);
        if (linkMap is null)
        {
            return links;
        }

        foreach (var kind in linkMap.Keys)
        {
            string? raw;
            string? ownLabel = null;
            if (linkMap.IsMap(kind))
            {
                var entry = linkMap.Map(kind)!;
                entry.WarnUnknownKeys(LinkEntryKeys, $"link '{kind}'");
                raw = entry.String("url", required: true);
                ownLabel = entry.String("label")?.Trim();
                if (raw is null)
                {
                    continue;
                }
            }
            else if ((raw = linkMap.String(kind)) is null)
            {
                linkMap.Warning(linkMap.LineOf(kind), $"link '{kind}' has no address; it is left out");
                continue;
            }

            var kindKey = kind.Trim().ToLowerInvariant();
            if (kindKey.Length == 0)
            {
                linkMap.Error(linkMap.LineOf(kind), "a link needs a name (code, pdf, arxiv, ...) before its address");
                continue;
            }

            var url = LinkAddress.Normalize(kindKey, raw, out var problem);
            if (url is null)
            {
                linkMap.Error(linkMap.LineOf(kind), $"link '{kind}': {problem}");
                continue;
            }

            var label = ownLabel is { Length: > 0 } ? ownLabel : LinkLabels.TryGetValue(kindKey, out var known) ? known : LabelOf(kind.Trim());
            links.Add(new Link(kindKey, label, url, linkMap.LineOf(kind)));
        }

        return links;
    }

    /// <summary>A name for a link of a kind not in <see cref="LinkLabels"/>: "press_release" → "Press release".</summary>
    private static string LabelOf(string kind)
    {
        var words = kind.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? kind : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
