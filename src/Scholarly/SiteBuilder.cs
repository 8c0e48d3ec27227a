using System.Diagnostics;
using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Output;
using Scholarly.Themes;

namespace Scholarly;

/// <summary>
/// One build: Load → Assemble → Plan → Render and Write. Any error stops the build before anything is published, so
/// the previous output stays as it was.
/// </summary>
internal static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var phases = new PhaseClock();
        var written = TryBuild(options, Path.GetFullPath(options.SourceDirectory), diagnostics, phases, out var preview);
        return new BuildResult(written is not null, diagnostics.Sorted(), written?.Pages ?? 0, written?.Files ?? 0, clock.Elapsed, phases.Phases, written?.Changed ?? 0, written?.KeptPages ?? 0, written?.KeptFiles ?? 0)
        {
            Preview = preview,
        };
    }

    /// <param name="preview">For a live server's build (<see cref="BuildOptions.Papers"/>) that succeeded, what it needs to make the next edit's pages ahead of the rebuild.</param>
    private static SiteWriter.Written? TryBuild(BuildOptions options, string siteDirectory, DiagnosticBag diagnostics, PhaseClock phases, out PagePreview? preview)
    {
        preview = null;
        if (!CheckFolders(options, siteDirectory, diagnostics))
        {
            return null;
        }

        // Load. The formula cache first: a build that finds it empty starts the typesetting engine beside the reading.
        var math = options.UseCache ? MathCache.Open(siteDirectory) : MathCache.InMemory();
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics) is { } loaded ? ConfigOverrides.Apply(loaded, options.Theme, options.BaseUrl, diagnostics) : null;
        var theme = config is null ? null : new ThemeLocator(siteDirectory, options.BuiltInThemesDirectory ?? BuildOptions.DefaultThemesDirectory)
            .Locate(config.Theme, config.SourceFile, config.ThemeLine, diagnostics);
        // serve's rebuilds take unchanged papers from memory (options.Papers); only its first build reads the store.
        var store = options.UseCache && options.Papers is not { FilesRead: > 0 } ? PaperStore.Open(siteDirectory) : PaperStore.None();
        var markdown = new MarkdownRenderer(math);
        var content = config is null ? null : ContentLoader.Load(siteDirectory, markdown, diagnostics, options.Parallel, store, options.Papers);
        if (config is null || theme is null || content is null || diagnostics.HasErrors)
        {
            return null;
        }

        // Stored once every file read without an error (about 0.1 s at 10,000 papers parsed anew, one small file
        // after one edit): the next build reuses them even if this one fails in a template.
        store.Save();
        phases.End("load");

        // Assemble, Plan
        var site = SiteAssembler.Assemble(config, content, options.IncludeDrafts, diagnostics);
        var plan = site is null ? null : SitePlan.Make(site, theme, siteDirectory, diagnostics);
        if (plan is null)
        {
            return null;
        }

        phases.End("assemble and plan");

        // Render and Write. Pages unchanged since the last build are kept (PageMemo); serve's rebuilds render every page.
        options.Cancel.ThrowIfCancellationRequested();
        var memo = options.UseCache && options.Papers is null
            && SiteInputs.Of(siteDirectory, theme, options.OutputDirectory, site!.BuildDate, [config.SourceFile, options.Theme, options.BaseUrl, options.IncludeDrafts ? "drafts" : ""]) is { } inputs
            ? PageMemo.Open(siteDirectory, inputs)
            : PageMemo.None();
        var written = SiteWriter.Write(plan, site!, theme, siteDirectory, markdown, options.OutputDirectory, options.Parallel, options.PageTimeout, diagnostics, options.First, memo, store.HashOf, () => phases.End("render and write"), options.Cancel);
        if (written is not null)
        {
            // The second tree cleared of what the site no longer has and swapped in (StagingFolder.Commit).
            phases.End("publish");
            // serve's rebuilds took unchanged papers from memory without a word of their formulas, so they drop none;
            // papers from the store name theirs (PaperStore), so a build keeps exactly the formulas the site uses.
            math.Save(keepUnused: options.Papers is not null);
            preview = options.Papers is null ? null : new PagePreview(site!, theme, siteDirectory, markdown, options.PageTimeout, plan);
        }

        return written;
    }

    /// <summary>The site folder must exist and the output folder stay clear of it; what the site holds but never reads is a warning.</summary>
    private static bool CheckFolders(BuildOptions options, string siteDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(siteDirectory))
        {
            diagnostics.Error(options.SourceDirectory, 0, 0, File.Exists(siteDirectory)
                ? $"this is a file, not a folder: name the site folder, the one that holds {SiteLayout.ConfigFile}"
                : "the site folder does not exist");
            return false;
        }

        if (!OutputFolderGuard.Check(siteDirectory, options.OutputDirectory, diagnostics))
        {
            return false;
        }

        UnreadEntries.Warn(siteDirectory, options.OutputDirectory, diagnostics);
        return true;
    }
}
