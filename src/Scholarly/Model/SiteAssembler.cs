using System.Globalization;
using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>The assemble phase: one thread, deterministic. Drops drafts, checks slugs, sorts, builds tags and years.</summary>
internal static class SiteAssembler
{
    public static Site? Assemble(SiteConfig config, LoadedContent content, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var papers = content.Papers.Where(p => includeDrafts || !p.Draft).ToList();
        if (!CheckSlugs(papers, diagnostics))
        {
            return null;
        }

        papers.Sort(static (a, b) =>
        {
            var byDate = b.Date.CompareTo(a.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
        });

        var tags = BuildTags(papers, diagnostics);
        if (tags is null)
        {
            return null;
        }

        WarnAboutNearMisses(config, papers, diagnostics);

        List<ContentPage> pages = [.. content.Pages.Where(p => includeDrafts || !p.Draft)
            .OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.Ordinal)];
        if (!CheckPageNames(pages, diagnostics))
        {
            return null;
        }

        var entries = SiteEntries.Assemble(content, papers, includeDrafts, diagnostics);
        if (entries is null)
        {
            return null;
        }

        var menuProblems = new DiagnosticBag();
        var menu = SiteMenu.Build(config, pages, SiteMenu.SectionsOf(entries, content.Cv, papers), menuProblems);
        diagnostics.AddRange(menuProblems);
        if (menuProblems.HasErrors)
        {
            return null;
        }

        return new Site(
            config,
            content.Profile,
            papers,
            tags,
            [.. papers.GroupBy(p => p.Date.Year).Select(g => new Year(g.Key, [.. g]))],
            BuildDate(config.BuildDate),
            CitationKeys.Assign(papers),
            CitationMetrics.Merge(content.Profile.Metrics, CitationMetrics.Compute(papers, config.ComputedMetricVisibility), config.PreferComputedMetrics),
            pages,
            menu,
            content.ImageSizes)
        {
            News = entries.News,
            Talks = entries.Talks,
            Teaching = entries.Teaching,
            Projects = entries.Projects,
            Cv = content.Cv,
            RelatedPapers = entries.RelatedPapers,
            RelatedEntries = entries.RelatedEntries,
        };
    }

    /// <summary>
    /// A paper where no author is the owner, but one is a letter or two from the owner's name ("Lin Qiu"), most
    /// likely names the owner another way: a warning at its authors line says how to add the spelling.
    /// </summary>
    private static void WarnAboutNearMisses(SiteConfig config, List<Paper> papers, DiagnosticBag diagnostics)
    {
        var names = config.OwnerNames;
        var owner = new PersonNames(names);
        if (owner.IsEmpty)
        {
            return;
        }

        foreach (var paper in papers)
        {
            if (owner.IndexIn(paper.Authors) >= 0)
            {
                continue;
            }

            if (paper.Authors.FirstOrDefault(author => names.Any(name => IsNearMiss(author, name))) is { } near)
            {
                diagnostics.Warning(paper.SourceFile, paper.AuthorsLine, 0,
                    $"'{near}' looks like the owner, {config.Owner}, but is not taken for them; if it is you, list it with your name in scholarly.yml (owner: [{string.Join(", ", names)}, {near}])");
            }
        }
    }

    /// <summary>
    /// A name that is not the person's but a letter or two from it ("Lin Qiu" for "Lin Qu", "Ada Lovelance"): likely
    /// the person spelt another way.
    /// </summary>
    internal static bool IsNearMiss(string candidate, string person)
    {
        var a = AuthorName.Key(candidate);
        var b = AuthorName.Key(person);
        return a.Length >= 5 && b.Length >= 5 && !PersonName.Matches(candidate, person) && Suggestion.Distance(a, b) <= 2;
    }

    /// <summary>Two pages of one name (a file and another's slug:) would overwrite each other: an error naming both.</summary>
    private static bool CheckPageNames(List<ContentPage> pages, DiagnosticBag diagnostics) => AddressClashes.Report(
        pages, p => p.Name, p => p.SourceFile, (name, others) => $"two pages would be /{name}/: {others} has the same address; rename a file or set 'slug:'", diagnostics);

    /// <summary>Two papers on one page would overwrite each other: each clash is an error naming both files.</summary>
    private static bool CheckSlugs(List<Paper> papers, DiagnosticBag diagnostics) => AddressClashes.Report(
        papers, p => p.Slug, p => p.SourceFile, (slug, others) => $"duplicate slug '{slug}': {others} has the same one; rename a file or set 'slug:' in one of them", diagnostics);

    /// <summary>One pass over the papers (already newest first), so each tag's list comes out sorted with no rescans.</summary>
    /// <remarks>
    /// Tags that differ only in case share a page; two different names that would share one (a.b and a-b) are an
    /// error naming both, since merging them silently would put papers under the wrong name.
    /// </remarks>
    private static List<Tag>? BuildTags(List<Paper> papers, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, (string Name, string File)>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        var ok = true;
        foreach (var paper in papers)
        {
            foreach (var slug in paper.Tags.Select(t => (Name: t, Slug: Tag.SlugOf(t))).DistinctBy(t => t.Slug))
            {
                if (!members.TryGetValue(slug.Slug, out var list))
                {
                    names[slug.Slug] = (slug.Name, paper.SourceFile);
                    members[slug.Slug] = list = [];
                }
                else if (!string.Equals(names[slug.Slug].Name, slug.Name, StringComparison.OrdinalIgnoreCase))
                {
                    var first = names[slug.Slug];
                    diagnostics.Error(paper.SourceFile, 1, 0, $"tags '{slug.Name}' and '{first.Name}' ({first.File}) would share the page tags/{slug.Slug}/; spell them alike or rename one");
                    ok = false;
                }

                list.Add(paper);
            }
        }

        if (!ok)
        {
            return null;
        }

        return [.. members
            .Select(pair => new Tag(names[pair.Key].Name, pair.Key, pair.Value))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>"Today" for the build: pinned in the config, else SOURCE_DATE_EPOCH (reproducible builds), else the clock.</summary>
    private static DateOnly BuildDate(DateOnly? configured)
    {
        if (configured is { } date)
        {
            return date;
        }

        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 253402300799)
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        return DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
