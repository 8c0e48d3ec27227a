using Scholarly.Content;
using Scholarly.Diagnostics;

namespace Scholarly.Model;

/// <summary>
/// The assemble phase for the content beside the papers: drops drafts, puts each kind in the order its page lists
/// it, reports two entries of one address, and finds the papers talks and projects name.
/// </summary>
internal sealed record SiteEntries(
    IReadOnlyList<NewsItem> News,
    IReadOnlyList<Talk> Talks,
    IReadOnlyList<Course> Teaching,
    IReadOnlyList<Project> Projects,
    IReadOnlyDictionary<Entry, IReadOnlyList<Paper>> RelatedPapers,
    IReadOnlyDictionary<Paper, IReadOnlyList<Entry>> RelatedEntries)
{
    /// <summary>The entries of <paramref name="content"/>; null when two share an address or one names no paper of the site.</summary>
    /// <param name="papers">The published papers, in the site's order.</param>
    public static SiteEntries? Assemble(LoadedContent content, IReadOnlyList<Paper> papers, bool includeDrafts, DiagnosticBag diagnostics)
    {
        List<T> Published<T>(IEnumerable<T> entries)
            where T : Entry => [.. entries.Where(e => includeDrafts || !e.Draft)];

        var news = Published(content.News).OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        var talks = Published(content.Talks).OrderByDescending(t => t.Date).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        var teaching = Published(content.Teaching).OrderBy(c => c.Date is null).ThenByDescending(c => c.Date)
            .ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var projects = Published(content.Projects).OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        var ok = Unique(news, "news/", diagnostics) & Unique(talks, "talks/", diagnostics) & Unique(teaching, "teaching/", diagnostics) & Unique(projects, "projects/", diagnostics);

        var bySlug = papers.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var drafts = content.Papers.Where(p => p.Draft).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var related = new Dictionary<Entry, IReadOnlyList<Paper>>(ReferenceEqualityComparer.Instance);
        var back = new Dictionary<Paper, List<Entry>>(ReferenceEqualityComparer.Instance);
        foreach (var (entry, references) in talks.Select(t => ((Entry)t, t.Papers)).Concat(projects.Select(p => ((Entry)p, p.Papers))))
        {
            var found = new List<Paper>();
            foreach (var reference in references)
            {
                if (bySlug.TryGetValue(reference.Slug, out var paper))
                {
                    if (!found.Contains(paper))
                    {
                        found.Add(paper);
                        (back.TryGetValue(paper, out var list) ? list : back[paper] = []).Add(entry);
                    }
                }
                else if (!drafts.Contains(reference.Slug))
                {
                    diagnostics.Error(entry.SourceFile, reference.Line, 0,
                        $"'papers' names '{reference.Slug}', but no paper has that slug{Suggestion.DidYouMean(reference.Slug, bySlug.Keys)}; a paper's slug is its file's name without .md");
                    ok = false;
                }
            }

            related[entry] = found;
        }

        return ok
            ? new SiteEntries(news, talks, teaching, projects, related, LinksBack(back))
            : null;
    }

    private static Dictionary<Paper, IReadOnlyList<Entry>> LinksBack(Dictionary<Paper, List<Entry>> back)
    {
        var result = new Dictionary<Paper, IReadOnlyList<Entry>>(ReferenceEqualityComparer.Instance);
        foreach (var (paper, entries) in back)
        {
            result[paper] = entries;
        }

        return result;
    }

    /// <summary>Two entries of one kind and slug would share an address: an error naming both.</summary>
    private static bool Unique(IEnumerable<Entry> entries, string folder, DiagnosticBag diagnostics) => AddressClashes.Report(
        entries, e => e.Slug, e => e.SourceFile, (slug, others) => $"two entries would be {folder}{slug}: {others} has the same address; rename a file or set 'slug:'", diagnostics);
}
