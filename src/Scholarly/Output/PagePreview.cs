using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Pages;
using Scholarly.Templating;
using Scholarly.Themes;

namespace Scholarly.Output;

/// <summary>
/// A live server's look ahead after a save: the pages of the papers whose files changed, made from the last build's
/// site with those files read again (<see cref="SiteEdit"/>), before the rebuild has listed, assembled and planned the
/// whole site (about 100 ms at 10,000 papers, against a few for this). Only for an edit that leaves the site's shape as
/// it was, so each page is the one the rebuild makes; the rebuild makes them all the same, and what it publishes is
/// what counts.
/// </summary>
internal sealed class PagePreview
{
    private readonly Site _site;
    private readonly Theme _theme;
    private readonly string _siteDirectory;
    private readonly MarkdownRenderer _markdown;
    private readonly TimeSpan _pageTimeout;
    private readonly SitePlan _plan;

    /// <summary>Each paper's page in the last build, by the paper's file; a paper without a page has none.</summary>
    private readonly Dictionary<string, SitePage> _paperPages = new(StringComparer.Ordinal);

    /// <summary>The state a successful build leaves: its site, theme, renderer of Markdown and plan.</summary>
    public PagePreview(Site site, Theme theme, string siteDirectory, MarkdownRenderer markdown, TimeSpan pageTimeout, SitePlan plan)
    {
        _site = site;
        _theme = theme;
        _siteDirectory = siteDirectory;
        _markdown = markdown;
        _pageTimeout = pageTimeout;
        _plan = plan;
        foreach (var job in plan.Jobs)
        {
            if (job is PageOutput { Page: { Kind: PaperPages, Subject: Paper paper } page })
            {
                _paperPages[paper.SourceFile] = page;
            }
        }
    }

    /// <summary>
    /// The pages of the papers in <paramref name="changedFiles"/> (relative to the site folder), each with its path in
    /// the output (<c>papers/p/index.html</c>) and its HTML; none when a changed file is not an existing paper's, reads
    /// with an error, changes the site's shape, or its page fails to render: the rebuild reports and makes those.
    /// </summary>
    public IReadOnlyList<(string Path, string Html)> PagesOf(IReadOnlySet<string> changedFiles)
    {
        if (changedFiles.Count == 0 || !changedFiles.All(_paperPages.ContainsKey))
        {
            return [];
        }

        var edited = new Dictionary<Paper, Paper>(ReferenceEqualityComparer.Instance);
        var problems = new DiagnosticBag();
        foreach (var file in changedFiles)
        {
            if (Read(file, problems) is not { } paper || problems.HasErrors)
            {
                return [];
            }

            edited[(Paper)_paperPages[file].Subject!] = paper;
        }

        if (SiteEdit.Replacing(_site, edited) is not { } site)
        {
            return [];
        }

        var model = new TemplateModel(site, ThemeParams.Merge(_theme, site.Config.Params, problems), _plan.HasYearPages, parallel: false);
        var renderer = new TemplateRenderer(site, _theme, _siteDirectory, model, _markdown, _pageTimeout);
        var pages = new List<(string Path, string Html)>();
        foreach (var (old, paper) in edited)
        {
            var page = _paperPages[old.SourceFile] with { Title = paper.TitleText, Subject = paper };
            if (SiteWriter.Render(renderer, page, PageModel.Build(page, site, _plan.FeedsByPage), SiteWriter.Variables(page, model), problems) is not { } html)
            {
                return [];
            }

            pages.Add((Text.UrlPath.FileOf(page.Path), html.ToString()));
        }

        return pages;
    }

    /// <summary>The paper in <paramref name="file"/>, or null when it is gone or cannot be read now (an editor may be writing it still).</summary>
    private Paper? Read(string file, DiagnosticBag problems)
    {
        try
        {
            return PaperReader.Read(Path.Combine(_siteDirectory, file), file, _markdown, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
