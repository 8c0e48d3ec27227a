using System.Diagnostics;
using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Output;
using Scholarly.Templating;
using Scholarly.Themes;
using Scriban.Runtime;

namespace Scholarly;

/// <summary>
/// One build, in five phases: Load → Assemble → Plan → Render → Write. Any error stops the build before
/// Write, so the previous output stays as it was.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var siteDirectory = Path.GetFullPath(options.SourceDirectory);

        var phases = new PhaseClock();
        var written = TryBuild(options, siteDirectory, diagnostics, phases);
        return new BuildResult(written is not null, diagnostics.Sorted(), written?.Pages ?? 0, written?.Files ?? 0, clock.Elapsed, phases.Phases, written?.Changed ?? 0);
    }

    private static (int Pages, int Files, int Changed)? TryBuild(BuildOptions options, string siteDirectory, DiagnosticBag diagnostics, PhaseClock phases)
    {
        if (!Directory.Exists(siteDirectory))
        {
            diagnostics.Error(options.SourceDirectory, 0, 0, File.Exists(siteDirectory)
                ? $"this is a file, not a folder: name the site folder, the one that holds {SiteLayout.ConfigFile}"
                : "the site folder does not exist");
            return null;
        }

        if (!CheckOutputFolder(siteDirectory, options.OutputDirectory, diagnostics))
        {
            return null;
        }

        UnreadEntries.Warn(siteDirectory, options.OutputDirectory, diagnostics);

        // Load
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics);
        config = config is null ? null : ApplyOverrides(config, options, diagnostics);
        if (config is null)
        {
            return null;
        }

        var themes = new ThemeLocator(siteDirectory, options.BuiltInThemesDirectory ?? BuildOptions.DefaultThemesDirectory);
        var theme = themes.Locate(config.Theme, config.SourceFile, config.ThemeLine, diagnostics);
        var markdown = new MarkdownRenderer();
        var content = ContentLoader.Load(siteDirectory, markdown, diagnostics, options.Parallel);
        if (theme is null || content is null || diagnostics.HasErrors)
        {
            return null;
        }

        phases.End("load");

        // Assemble
        var site = SiteAssembler.Assemble(config, content, options.IncludeDrafts, diagnostics);
        if (site is null)
        {
            return null;
        }

        // Plan
        var jobs = OutputPlanner.Pages(site);
        var files = new List<OutputFile>(OutputPlanner.GeneratedFiles(site, jobs));
        files.AddRange(StaticFiles.ThemeAssets(theme, siteDirectory, diagnostics));
        files.AddRange(StaticFiles.SiteStatic(siteDirectory, diagnostics));
        if (files.Exists(f => f is CopiedOutputFile { Path: ".nojekyll" }))
        {
            files.RemoveAll(f => f is TextOutputFile { Path: ".nojekyll" });
        }
        if (!CheckCollisions(jobs, files, diagnostics) | !SitePathCheck.Check(site, jobs, files, diagnostics))
        {
            return null;
        }

        phases.End("assemble and plan");

        // Render and write: each page is written into the staging folder as soon as it is rendered.
        int changed;
        try
        {
            using var staging = StagingFolder.Create(options.OutputDirectory);
            if (!RenderPages(site, theme, siteDirectory, markdown, jobs, staging, diagnostics, options.Parallel, options.PageTimeout))
            {
                return null;
            }

            phases.End("render pages");
            Parallel.ForEach(files, ParallelOptions(options.Parallel), staging.Write);
            staging.Commit();
            changed = staging.ChangedFiles;
            phases.End("write the rest");
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            diagnostics.Error(options.OutputDirectory, 0, 0, $"could not write the site: {failure.Message}");
            return null;
        }

        return (jobs.Count, jobs.Count + files.Count, changed);
    }

    private static SiteConfig? ApplyOverrides(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.Theme is not null)
        {
            config = config with { Theme = options.Theme, SourceFile = "--theme", ThemeLine = 0 };
        }

        if (options.BaseUrl is not null)
        {
            if (!SiteConfigLoader.TryParseBaseUrl(options.BaseUrl, out var url, out var problem))
            {
                diagnostics.Error("--base-url", 0, 0, $"'{options.BaseUrl}' is not an http(s) address such as https://USER.github.io/REPO/: {problem}");
                return null;
            }

            config = config with { BaseUrl = url! };
        }

        return config;
    }

    /// <summary>
    /// Renders every job in parallel and writes each page at once. Every job renders into its own file, so the
    /// output never depends on thread timing. False (and the first template error reported) when a render failed.
    /// </summary>
    private static bool RenderPages(
        Site site, Theme theme, string siteDirectory, MarkdownRenderer markdown, IReadOnlyList<PageJob> jobs, StagingFolder staging, DiagnosticBag diagnostics, bool parallel, TimeSpan pageTimeout)
    {
        var model = new TemplateModel(site, ThemeParams.Merge(theme, site.Config.Params, diagnostics));
        var renderer = new TemplateRenderer(site, theme, siteDirectory, model, markdown, pageTimeout);
        var feeds = OutputPlanner.Feeds(site).ToDictionary(f => f.PagePath, StringComparer.Ordinal);
        var failed = false;
        Parallel.For(0, jobs.Count, ParallelOptions(parallel), i =>
        {
            var job = jobs[i];
            try
            {
                var html = renderer.Render(job.Layout, job.Path, PageModel.Build(job, site, feeds), Variables(job, model));
                staging.Write(new TextOutputFile(UrlPath.FileOf(job.Path), html));
            }
            catch (TemplateFailure failure)
            {
                foreach (var diagnostic in failure.Diagnostics)
                {
                    diagnostics.Add(diagnostic);
                }

                // Rendering goes on, so every broken template is reported; the bag drops repeats of the same error.
                failed = true;
            }
        });

        foreach (var (link, root) in renderer.Resolver.SkippedLinks)
        {
            SymbolicLinks.WarnTemplate(root, link, diagnostics);
        }

        return !failed;
    }

    /// <summary>The file-system error behind <paramref name="e"/> (parallel writes wrap it in an AggregateException), or null.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(f => f is not null),
        _ => null,
    };

    private static ParallelOptions ParallelOptions(bool parallel) =>
        new() { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };

    private static Dictionary<string, object> Variables(PageJob job, TemplateModel model)
    {
        var variables = new Dictionary<string, object>(StringComparer.Ordinal);
        if (job.Paper is not null)
        {
            variables["paper"] = model.PaperOf(job.Paper);
        }

        if (job.Tag is not null)
        {
            variables["tag"] = model.TagOf(job.Tag);
        }

        return variables;
    }

    /// <summary>A static file at the path of a generated page would silently replace it: an error naming the file.</summary>
    private static bool CheckCollisions(IReadOnlyList<PageJob> jobs, List<OutputFile> files, DiagnosticBag diagnostics)
    {
        var ok = true;
        var all = jobs.Select(j => (OutputFile)new TextOutputFile(UrlPath.FileOf(j.Path), "")).Concat(files);
        var everything = all.ToList();
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in everything)
        {
            for (var slash = file.Path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = file.Path.IndexOf('/', slash + 1))
            {
                folders.TryAdd(file.Path[..slash], file.Path);
            }
        }

        // A file named like a folder the site needs ("static/papers", a tag called "index.html") would block every page under it.
        foreach (var file in everything.Where(f => folders.ContainsKey(f.Path)))
        {
            diagnostics.Error(Origin(file), 0, 0, $"'{file.Path}' is a file here, but the site needs a folder of that name (for example {folders[file.Path]})");
            ok = false;
        }

        foreach (var group in everything.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var origins = group.Select(f => f switch
            {
                CopiedOutputFile copy => copy.Origin,
                _ => "a generated page",
            }).ToList();
            diagnostics.Error(origins.FirstOrDefault(o => o.StartsWith(StaticFiles.StaticFolder, StringComparison.Ordinal)) ?? origins[0], 0, 0,
                $"two files would be written to '{group.Key}': {string.Join(" and ", origins)}");
            ok = false;
        }

        return ok;
    }

    /// <summary>True when <paramref name="outer"/> is <paramref name="inner"/> or a folder above it (both real paths).</summary>
    private static bool Holds(string outer, string inner) =>
        inner.Equals(outer, StringComparison.Ordinal) || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Origin(OutputFile file) => file is CopiedOutputFile copy ? copy.Origin : file.Path;

    /// <summary>
    /// The output folder is replaced whole, so it must not hold the site, nor be a file-system root, nor be (or lie in)
    /// anything the site reads. It may lie inside the site folder otherwise: <c>output/</c> there is the default, as
    /// Hugo's <c>public/</c>. Paths are compared with their symbolic links resolved.
    /// </summary>
    private static bool CheckOutputFolder(string siteDirectory, string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = RealPath.Of(outputDirectory);
        var site = RealPath.Of(siteDirectory);
        string? problem = null;
        if (Path.GetDirectoryName(output) is null)
        {
            problem = "it is the root of the file system";
        }
        else if (Holds(output, site) || Holds(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)), Path.TrimEndingDirectorySeparator(siteDirectory)))
        {
            // As written too: a site reached through a link inside the output would be replaced with the output.
            problem = "it holds the site's own content";
        }
        else if (Holds(site, output)
            && output[(site.Length + 1)..].Split(Path.DirectorySeparatorChar)[0] is var top && (SiteLayout.IsRead(top) || top.StartsWith('.')))
        {
            problem = $"it is inside the site's {top}, whose files it would replace (the default, {SiteLayout.OutputFolder}/ in the site folder, is safe)";
        }
        else if (SiteLayout.ReadEntries.FirstOrDefault(entry => Holds(RealPath.Of(Path.Combine(site, entry)), output) || Holds(output, RealPath.Of(Path.Combine(site, entry)))) is { } linked)
        {
            // static/ (or papers/, …) may be a link to a folder elsewhere: the output must stay clear of where it leads.
            problem = $"the site's {linked} leads to {RealPath.Of(Path.Combine(site, linked))}, which the output folder would overlap";
        }

        if (problem is not null)
        {
            diagnostics.Error(outputDirectory, 0, 0, $"refusing to write the site to {output}: the output folder is replaced on every build, and {problem}");
            return false;
        }

        return true;
    }
}
