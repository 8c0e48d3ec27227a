using Scholarly.Citation;
using Scholarly.Configuration;
using Scholarly.Model;

namespace Scholarly.Output;

/// <summary>
/// The plan phase: every page the site has, in a fixed order (home, papers, tag index, tags, 404), and every file
/// generated without a template (feeds, citation exports, sitemap, robots.txt).
/// </summary>
internal static class OutputPlanner
{
    public const string NotFoundPath = "404.html";
    public const string PublicationsBib = "publications.bib";

    public static IReadOnlyList<PageJob> Pages(Site site)
    {
        var jobs = new List<PageJob>(site.Papers.Count + site.Tags.Count + 3)
        {
            new(PageKind.Home, UrlPath.Home, site.Config.Title),
        };
        jobs.AddRange(site.Papers.Select(p => new PageJob(PageKind.Paper, UrlPath.Paper(p.Slug), p.Title, Paper: p)));
        jobs.Add(new PageJob(PageKind.Tags, UrlPath.TagsIndex, "Topics"));
        jobs.AddRange(site.Tags.Select(t => new PageJob(PageKind.Tag, UrlPath.Tag(t.Slug), t.Name, Tag: t)));
        if (site.Config.Builds(DisabledKinds.NotFound))
        {
            jobs.Add(new PageJob(PageKind.NotFound, NotFoundPath, "Page not found"));
        }

        return jobs;
    }

    /// <summary>The feeds a page advertises and the site writes: the site's, and one per tag unless switched off.</summary>
    public static IReadOnlyList<FeedContent> Feeds(Site site)
    {
        var owner = site.Profile.Name;
        var feeds = new List<FeedContent> { new(site.Config.Title, site.Config.Description ?? $"Publications of {owner}", "feed", UrlPath.Home, site.Papers) };
        if (site.Config.Builds(DisabledKinds.TagFeeds))
        {
            feeds.AddRange(site.Tags.Select(t => new FeedContent($"{site.Config.Title}: {t.Name}", $"Publications of {owner} on {t.Name}", UrlPath.Tag(t.Slug) + "feed", UrlPath.Tag(t.Slug), t.Papers)));
        }

        return feeds;
    }

    public static IEnumerable<TextOutputFile> GeneratedFiles(Site site, IReadOnlyList<PageJob> pages)
    {
        foreach (var feed in Feeds(site))
        {
            yield return new TextOutputFile(feed.RssPath, RssFeed.Build(site, feed));
            if (site.Config.Builds(DisabledKinds.Atom))
            {
                yield return new TextOutputFile(feed.AtomPath, AtomFeed.Build(site, feed));
            }
        }

        if (site.Config.Builds(DisabledKinds.Citations))
        {
            var all = new System.Text.StringBuilder();
            foreach (var paper in site.Papers)
            {
                var key = site.CitationKeys[paper];
                var pageUrl = site.Config.BaseUrl.AbsoluteUri + UrlPath.Paper(paper.Slug);
                var bibtex = BibtexWriter.Entry(paper, key, pageUrl);
                all.Append(bibtex).Append('\n');
                yield return new TextOutputFile(UrlPath.Paper(paper.Slug) + "cite.bib", bibtex);
                yield return new TextOutputFile(UrlPath.Paper(paper.Slug) + "cite.ris", RisWriter.Record(paper, pageUrl));
                yield return new TextOutputFile(UrlPath.Paper(paper.Slug) + "cite.json", CslJsonWriter.Item(paper, key, pageUrl));
            }

            yield return new TextOutputFile(PublicationsBib, all.ToString());
        }

        if (site.Config.Builds(DisabledKinds.Sitemap))
        {
            yield return new TextOutputFile(Sitemap.FileName, Sitemap.Build(site, pages));
        }

        // GitHub Pages would run Jekyll over the site and drop files such as _headers without it.
        yield return new TextOutputFile(".nojekyll", "");
        if (site.Config.CustomDomain is { } domain)
        {
            yield return new TextOutputFile("CNAME", domain + "\n");
        }

        if (site.Config.Builds(DisabledKinds.Robots))
        {
            yield return new TextOutputFile(Sitemap.RobotsFile, Sitemap.Robots(site, site.Config.Builds(DisabledKinds.Sitemap)));
        }
    }
}
