using Scholarly.Citation;
using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Model;
using Scholarly.Pages;
using Scholarly.Search;
using Scholarly.Templating;
using Scholarly.Text;
using Scholarly.Themes;

namespace Scholarly.Output;

/// <summary>
/// The plan phase's value: every output of the site as a job (pages of every kind in <see cref="PageKinds"/>, feeds, citation exports, publications.bib, the
/// sitemap, robots.txt, CNAME, .nojekyll, theme assets and static files), in a fixed order, none of them made yet.
/// </summary>
internal sealed class SitePlan
{
    public const string PublicationsBib = "publications.bib";
    public const string NoJekyll = ".nojekyll";

    private static readonly string[] FeedKeys = ["title", "description", "base_url", "language", "feed", "build_date"];

    private SitePlan(IReadOnlyList<OutputJob> jobs, IReadOnlyList<FeedContent> feeds)
    {
        Jobs = jobs;
        Feeds = feeds;
        FeedsByPage = feeds.ToDictionary(feed => feed.PagePath, StringComparer.Ordinal);
    }

    public IReadOnlyList<OutputJob> Jobs { get; }

    /// <summary>The site's feeds, which the plan writes and every page advertises.</summary>
    public IReadOnlyList<FeedContent> Feeds { get; }

    /// <summary>The site's feeds by the page each follows ("" for the home page, "tags/x/"), for the pages that advertise them.</summary>
    public IReadOnlyDictionary<string, FeedContent> FeedsByPage { get; }

    /// <summary>Whether the site has year pages (the config asks for them and the theme has their layout), so a year's <c>url</c> leads somewhere.</summary>
    public bool HasYearPages => Jobs.Any(job => job is PageOutput { Page.Kind: YearPages });

    /// <summary>How many of the jobs are pages rendered through a layout.</summary>
    public int Pages => Jobs.Count(job => job is PageOutput);

    /// <summary>
    /// Plans the site; null when two outputs would take one path or a site path in front matter leads nowhere (each
    /// an error in <paramref name="diagnostics"/>).
    /// </summary>
    public static SitePlan? Make(Site site, Theme theme, string siteDirectory, DiagnosticBag diagnostics)
    {
        // Year pages came after themes were written: a theme of one's own with no year layout gets none, not a failed build.
        var layouts = new LayoutResolver(siteDirectory, theme);
        var pages = PageKinds.PagesOf(site)
            .Where(page => page.Kind != PageKinds.Years || layouts.Resolve(TemplateKind.Layout, page.Kind.Layout) is not null).ToList();
        var feeds = FeedContent.Of(site);
        var jobs = new List<OutputJob>(pages.Select(Page));
        jobs.AddRange(Generated(site, pages, feeds));
        var copies = StaticFiles.ThemeAssets(theme, siteDirectory, diagnostics).Select(Copy)
            .Concat(StaticFiles.SiteStatic(siteDirectory, diagnostics).Select(Copy)).ToList();

        // A site's own static/.nojekyll is copied as written in place of the empty one.
        if (copies.Exists(copy => copy.Path == NoJekyll))
        {
            jobs.RemoveAll(job => job is GeneratedOutput { Path: NoJekyll });
        }

        jobs.AddRange(copies);
        var ok = OutputCollisions.Check(jobs, diagnostics);
        ok &= SitePathCheck.Check(site, jobs.Select(job => job.Path), diagnostics);
        return ok ? new SitePlan(jobs, feeds) : null;
    }

    private static PageOutput Page(SitePage page) => new(page, page.Kind.InputsOf(page));

    private static CopyOutput Copy(CopiedOutputFile file) => new(file, file.ThemeFile is { } themeFile
        ? new JobInputs { ThemeFiles = [themeFile] }
        : new JobInputs { Files = [file.Origin] });

    private static IEnumerable<OutputJob> Generated(Site site, IReadOnlyList<SitePage> pages, IReadOnlyList<FeedContent> feeds)
    {
        foreach (var feed in feeds)
        {
            var inputs = new JobInputs
            {
                Files = feed.Files,
                ConfigKeys = FeedKeys,
            };
            yield return new GeneratedOutput(feed.RssPath, inputs, () => RssFeed.Build(site, feed));
            if (site.Config.Builds(DisabledKinds.Atom))
            {
                yield return new GeneratedOutput(feed.AtomPath, inputs, () => AtomFeed.Build(site, feed));
            }
        }

        if (site.Config.Builds(DisabledKinds.Citations))
        {
            foreach (var paper in site.Papers)
            {
                // A citation key is unique across the site, so an export that carries one depends on every paper.
                var keyed = new JobInputs { Files = [paper.SourceFile, JobInputs.EveryPaper], ConfigKeys = ["base_url"] };
                var folder = UrlPath.Paper(paper.Slug);
                // Made from the paper, its page's address (base_url and the file's name) and its citation key alone.
                string Key() => site.CitationKeys[paper];
                yield return GeneratedOutput.Text(folder + "cite.bib", keyed, () => BibtexWriter.Entry(paper, site.CitationKeys[paper], PageUrl(site, paper)), Key);
                yield return GeneratedOutput.Text(folder + "cite.ris", new JobInputs { Files = [paper.SourceFile], ConfigKeys = ["base_url"] }, () => RisWriter.Record(paper, PageUrl(site, paper)), () => "");
                yield return GeneratedOutput.Text(folder + "cite.json", keyed, () => CslJsonWriter.Item(paper, site.CitationKeys[paper], PageUrl(site, paper)), Key);
            }

            yield return GeneratedOutput.Text(PublicationsBib, new JobInputs { Files = [JobInputs.EveryPaper], ConfigKeys = ["base_url"] }, () => PublicationsBibOf(site));
        }

        if (site.Config.Builds(DisabledKinds.Sitemap))
        {
            yield return new GeneratedOutput(Sitemap.FileName, new JobInputs { Files = [JobInputs.EveryPaper], ConfigKeys = ["base_url", "disable_kinds"] }, () => Sitemap.Build(site, pages));
        }

        if (site.Config.Builds(DisabledKinds.Search))
        {
            // One index serves every file of it: made by the first of its jobs to run, once.
            var index = new Lazy<SearchIndex>(() => SearchIndex.Build(SearchDocuments.Of(site)));
            var inputs = new JobInputs { Files = [JobInputs.EveryPaper, .. JobInputs.Navigation] };
            foreach (var path in SearchIndex.PathsOf(SearchDocuments.CountOf(site)))
            {
                yield return GeneratedOutput.Text(path, inputs, () => index.Value.FileAt(path));
            }
        }

        // GitHub Pages would run Jekyll over the site and drop files such as _headers without it.
        yield return GeneratedOutput.Text(NoJekyll, new JobInputs(), () => "");
        if (site.Config.CustomDomain is { } domain)
        {
            yield return GeneratedOutput.Text("CNAME", new JobInputs { ConfigKeys = ["cname"] }, () => domain + "\n");
        }

        if (site.Config.Builds(DisabledKinds.Robots))
        {
            yield return GeneratedOutput.Text(Sitemap.RobotsFile, new JobInputs { ConfigKeys = ["base_url", "disable_kinds"] }, () => Sitemap.Robots(site, site.Config.Builds(DisabledKinds.Sitemap)));
        }
    }

    private static string PageUrl(Site site, Paper paper) => site.Config.BaseUrl.AbsoluteUri + UrlPath.Paper(paper.Slug);

    private static string PublicationsBibOf(Site site)
    {
        var all = new System.Text.StringBuilder();
        foreach (var paper in site.Papers)
        {
            all.Append(BibtexWriter.Entry(paper, site.CitationKeys[paper], PageUrl(site, paper))).Append('\n');
        }

        return all.ToString();
    }
}
