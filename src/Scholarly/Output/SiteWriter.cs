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
    /// <summary>
    /// What a finished write changed, for the build's summary; <paramref name="KeptPages"/> and <paramref name="KeptFiles"/>:
    /// pages not rendered and files (pages included) not made, known to be unchanged.
    /// </summary>
    public sealed record Written(int Pages, int Files, int Changed, int KeptPages, int KeptFiles);

    /// <summary>
    /// Makes every job of <paramref name="plan"/> and publishes the result into <paramref name="outputDirectory"/>, each
    /// page within <paramref name="pageTimeout"/>;
    /// null when a template failed (every failure reported; the output untouched) or the site could not be written.
    /// The pages <paramref name="first"/> wants are made before the others and handed to it. When
    /// <paramref name="cancel"/> is cancelled, the pages stop and nothing is published (OperationCanceledException).
    /// A page <paramref name="memo"/> knows to be unchanged is kept as it is, not rendered; <paramref name="paperBasis"/>
    /// gives the SHA-256 of a paper's file (by its path in the site) for the papers' fingerprints.
    /// </summary>
    public static Written? Write(
        SitePlan plan, Site site, Theme theme, string siteDirectory, MarkdownRenderer markdown, string outputDirectory, bool parallel, TimeSpan pageTimeout, DiagnosticBag diagnostics,
        FirstPages? first = null, PageMemo? memo = null, Func<string, string?>? paperBasis = null, Action? rendered = null, CancellationToken cancel = default)
    {
        memo ??= PageMemo.None();
        var model = new TemplateModel(site, ThemeParams.Merge(theme, site.Config.Params, diagnostics), plan.HasYearPages, parallel);
        var renderer = new TemplateRenderer(site, theme, siteDirectory, model, markdown, pageTimeout);
        var prints = new ModelFingerprints(model, paperBasis ?? (_ => null));
        var everyPaper = new Lazy<string>(() => ModelFingerprints.OfValues(site.Papers.Select(paper => prints.Of(TemplateModel.PaperKey + paper.SourceFile) ?? ""), []));
        var failed = false;
        var keptPages = 0;
        try
        {
            using var staging = StagingFolder.Create(outputDirectory);
            var threads = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1, CancellationToken = cancel };
            // ahead: a page first wants, made before the others and handed to it.
            void Make(OutputJob job, bool ahead)
            {
                switch (job)
                {
                    case PageOutput page:
                        var pageObject = PageModel.Build(page.Page, site, plan.FeedsByPage);
                        var variables = Variables(page.Page, model);
                        var own = memo.Enabled ? OwnPrint(page, pageObject, variables, prints, everyPaper) : null;
                        if (own is not null && memo.Unchanged(job.Path, own, prints) is { } stamp && staging.Keep(job.Path, stamp))
                        {
                            memo.Keep(job.Path);
                            Interlocked.Increment(ref keptPages);
                            break;
                        }

                        // What the render reads, recorded on this thread until it ends, however it ends.
                        var outer = memo.Enabled ? RenderReads.Begin() : null;
                        HashSet<ITrackedRead>? reads = null;
                        Utf8Text? html;
                        try
                        {
                            html = Render(renderer, page.Page, pageObject, variables, diagnostics, cancel);
                        }
                        finally
                        {
                            reads = memo.Enabled ? RenderReads.End(outer) : null;
                        }
                        if (html is null)
                        {
                            // Rendering goes on, so every broken template is reported; the bag drops repeats of one error.
                            failed = true;
                            break;
                        }

                        var written = staging.Write(new Utf8OutputFile(job.Path, html));
                        if (own is not null)
                        {
                            memo.Made(job.Path, own, reads!, written);
                        }

                        if (ahead)
                        {
                            first!.Ready(job.Path, html.ToString());
                        }

                        break;
                    case GeneratedOutput generated:
                        var basis = memo.Enabled ? GeneratedPrint(generated, paperBasis) : null;
                        if (basis is not null && memo.Unchanged(job.Path, basis, prints) is { } kept && staging.Keep(job.Path, kept))
                        {
                            memo.Keep(job.Path);
                            break;
                        }

                        var made = staging.Write(new Utf8OutputFile(job.Path, generated.Make()));
                        if (basis is not null)
                        {
                            memo.Made(job.Path, basis, [], made);
                        }

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
            if (memo.Enabled)
            {
                // Every paper's fingerprint, on every core: the pages made from every paper ask for all of them at once.
                Parallel.ForEach(site.Papers, threads, paper => prints.Of(TemplateModel.PaperKey + paper.SourceFile));
            }

            Parallel.ForEach(early.Count == 0 ? plan.Jobs : plan.Jobs.Except(early), threads, job => Make(job, ahead: false));

            foreach (var (link, root) in renderer.Resolver.SkippedLinks)
            {
                SymbolicLinks.WarnTemplate(root, link, diagnostics);
            }

            if (failed)
            {
                return null;
            }

            rendered?.Invoke(); // the phase clock's "render and write" ends here; what follows is the publish
            staging.Commit();
            memo.Save(prints);
            return new Written(plan.Pages, plan.Jobs.Count, staging.ChangedFiles, keptPages, memo.Kept);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            diagnostics.Error(outputDirectory, 0, 0, $"could not write the site: {failure.Message}");
            return null;
        }
    }

    /// <summary>The page's bytes, or null when its template failed (each failure added to <paramref name="diagnostics"/>).</summary>
    internal static Utf8Text? Render(TemplateRenderer renderer, SitePage page, Scriban.Runtime.ScriptObject pageObject, Dictionary<string, object> variables, DiagnosticBag diagnostics, CancellationToken cancel = default)
    {
        try
        {
            return renderer.Render(page.Layout, page.Path, pageObject, variables, cancel);
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

    /// <summary>
    /// What a page is made from besides what its render reads and what every page depends on: its path and layout,
    /// its <c>page</c> object and variables, and the fingerprints of the papers it is about (its description, JSON-LD
    /// and preview image are made from them without a template reading them).
    /// </summary>
    private static string OwnPrint(PageOutput page, Scriban.Runtime.ScriptObject pageObject, Dictionary<string, object> variables, ModelFingerprints prints, Lazy<string> everyPaper)
    {
        var basis = new List<string> { page.Path, page.Page.Layout };
        foreach (var file in page.Inputs.Files)
        {
            basis.Add(file);
            basis.Add(file == JobInputs.EveryPaper ? everyPaper.Value : prints.Of(TemplateModel.PaperKey + file) ?? "-");
        }

        return ModelFingerprints.OfValues(basis, variables.OrderBy(variable => variable.Key, StringComparer.Ordinal)
            .SelectMany(variable => new object?[] { variable.Key, variable.Value })
            .Prepend(pageObject));
    }

    /// <summary>
    /// What a generated file with a <see cref="GeneratedOutput.Basis"/> is made from: its path, that basis, and the
    /// bytes of the paper files it names; null when one of those is not known (it is made).
    /// </summary>
    private static string? GeneratedPrint(GeneratedOutput generated, Func<string, string?>? paperBasis)
    {
        if (generated.Basis is null || paperBasis is null)
        {
            return null;
        }

        var basis = new List<string> { generated.Path, generated.Basis() };
        foreach (var file in generated.Inputs.Files.Where(file => file != JobInputs.EveryPaper))
        {
            if (paperBasis(file) is not { } hash)
            {
                return null;
            }

            basis.Add(file);
            basis.Add(hash);
        }

        return ModelFingerprints.OfValues(basis, []);
    }

    internal static Dictionary<string, object> Variables(SitePage page, TemplateModel model) =>
        page.Kind.VariablesOf(page, model).ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal);

    /// <summary>The file-system error behind <paramref name="e"/> (parallel writes wrap it in an AggregateException), or null.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
