using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Pages;
using Scholarly.Templating;
using Scholarly.Text;
using Scholarly.Themes;

namespace Scholarly.Output;

/// <summary>
/// The render and write phases as one parallel loop over the plan: each job is made and written into the second tree
/// at once (disk waits overlap the rendering of other jobs), then the tree is published whole. Every job writes its
/// own file, so the output never depends on thread timing.
/// </summary>
internal static class SiteWriter
{
    /// <summary>What a finished write changed, for the build's summary.</summary>
    public sealed record Written(int Pages, int Files, int Changed);

    /// <summary>
    /// Makes every job of <paramref name="plan"/> and publishes the result into <paramref name="outputDirectory"/>, each
    /// page within <paramref name="pageTimeout"/>;
    /// null when a template failed (every failure reported; the output untouched) or the site could not be written.
    /// The pages <paramref name="first"/> wants are made before the others and handed to it. When
    /// <paramref name="cancel"/> is cancelled, the pages stop and nothing is published (OperationCanceledException).
    /// </summary>
    public static Written? Write(
        SitePlan plan, Site site, Theme theme, string siteDirectory, MarkdownRenderer markdown, string outputDirectory, bool parallel, TimeSpan pageTimeout, DiagnosticBag diagnostics,
        FirstPages? first = null, CancellationToken cancel = default)
    {
        var yearPages = plan.Jobs.Any(job => job is PageOutput { Page.Kind: YearPages });
        var model = new TemplateModel(site, ThemeParams.Merge(theme, site.Config.Params, diagnostics), yearPages, parallel);
        var renderer = new TemplateRenderer(site, theme, siteDirectory, model, markdown, pageTimeout);
        var feeds = plan.Feeds.ToDictionary(f => f.PagePath, StringComparer.Ordinal);
        var failed = false;
        try
        {
            using var staging = StagingFolder.Create(outputDirectory);
            var threads = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1, CancellationToken = cancel };
            // ahead: a page first wants, made before the others and handed to it.
            void Make(OutputJob job, bool ahead)
            {
                switch (job)
                {
                    case PageOutput page when Render(renderer, model, site, feeds, page.Page, diagnostics) is { } html:
                        staging.Write(new Utf8OutputFile(job.Path, html));
                        if (ahead)
                        {
                            first!.Ready(job.Path, html.ToString());
                        }

                        break;
                    case PageOutput:
                        // Rendering goes on, so every broken template is reported; the bag drops repeats of one error.
                        failed = true;
                        break;
                    case GeneratedOutput generated:
                        staging.Write(new TextOutputFile(job.Path, generated.Make()));
                        break;
                    case CopyOutput copy:
                        staging.Write(copy.File);
                        break;
                }
            }

            // The fewer papers a page shows, the sooner it is there: an edited paper's own page alone, then its tags'
            // and year's, then those of every paper (home); before each group, the papers' objects it reads, on every core.
            var early = first is null ? [] : plan.Jobs.Where(first.Wants).ToList();
            foreach (var sooner in early.GroupBy(job => first!.FromWholeFolder(job) ? int.MaxValue : job.Inputs.Files.Count).OrderBy(group => group.Key))
            {
                var files = sooner.SelectMany(job => job.Inputs.Files).ToHashSet(StringComparer.Ordinal);
                model.MakePapers(files.Contains(JobInputs.EveryPaper) ? site.Papers : site.Papers.Where(paper => files.Contains(paper.SourceFile)), cancel);
                Parallel.ForEach(sooner, threads, job => Make(job, ahead: true));
            }

            model.MakePapers(site.Papers, cancel);
            Parallel.ForEach(early.Count == 0 ? plan.Jobs : plan.Jobs.Except(early), threads, job => Make(job, ahead: false));

            foreach (var (link, root) in renderer.Resolver.SkippedLinks)
            {
                SymbolicLinks.WarnTemplate(root, link, diagnostics);
            }

            if (failed)
            {
                return null;
            }

            staging.Commit();
            return new Written(plan.Pages, plan.Jobs.Count, staging.ChangedFiles);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            diagnostics.Error(outputDirectory, 0, 0, $"could not write the site: {failure.Message}");
            return null;
        }
    }

    private static Utf8Text? Render(TemplateRenderer renderer, TemplateModel model, Site site, IReadOnlyDictionary<string, FeedContent> feeds, SitePage page, DiagnosticBag diagnostics)
    {
        try
        {
            return renderer.Render(page.Layout, page.Path, PageModel.Build(page, site, feeds), Variables(page, model));
        }
        catch (TemplateFailure failure)
        {
            foreach (var diagnostic in failure.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return null;
        }
    }

    private static Dictionary<string, object> Variables(SitePage page, TemplateModel model) =>
        page.Kind.VariablesOf(page, model).ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal);

    /// <summary>The file-system error behind <paramref name="e"/> (parallel writes wrap it in an AggregateException), or null.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
