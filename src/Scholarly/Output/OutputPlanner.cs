using Scholarly.Model;

namespace Scholarly.Output;

/// <summary>The plan phase: every page the site has, in a fixed order (home, papers, tag index, tags).</summary>
internal static class OutputPlanner
{
    public static IReadOnlyList<PageJob> Plan(Site site)
    {
        var jobs = new List<PageJob>(site.Papers.Count + site.Tags.Count + 2)
        {
            new(PageKind.Home, UrlPath.Home, site.Config.Title),
        };
        jobs.AddRange(site.Papers.Select(p => new PageJob(PageKind.Paper, UrlPath.Paper(p.Slug), p.Title, Paper: p)));
        jobs.Add(new PageJob(PageKind.Tags, UrlPath.TagsIndex, "Tags"));
        jobs.AddRange(site.Tags.Select(t => new PageJob(PageKind.Tag, UrlPath.Tag(t.Slug), t.Name, Tag: t)));
        return jobs;
    }
}
