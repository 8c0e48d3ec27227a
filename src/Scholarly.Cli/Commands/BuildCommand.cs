using System.ComponentModel;
using Scholarly.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary><c>scholarly build</c>: builds the site; prints diagnostics, then a one-line summary.</summary>
internal sealed class BuildCommand(CommandOutput output) : Command<BuildCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-s|--source <DIR>")]
        [Description("The site folder (scholarly.yml, profile.md, papers/). Default: this folder if it has scholarly.yml, else content/")]
        public string? Source { get; init; }

        [CommandOption("-o|--output <DIR>")]
        [Description("Where to write the site; replaced only when the build succeeds. Default: output/ in the site folder (beside content/ when the site is content/)")]
        public string? Output { get; init; }

        [CommandOption("-t|--theme <NAME>")]
        [Description("Use this theme instead of the one in scholarly.yml.")]
        public string? Theme { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("Publish under this address instead of base_url, e.g. https://USER.github.io/REPO/")]
        public string? BaseUrl { get; init; }

        [CommandOption("--drafts")]
        [Description("Include papers, pages, news, talks, courses and projects marked draft: true.")]
        public bool Drafts { get; init; }

        [CommandOption("-q|--quiet")]
        [Description("Print nothing but errors and warnings.")]
        public bool Quiet { get; init; }

        [CommandOption("-v|--verbose")]
        [Description("Also print how long each phase of the build took.")]
        public bool Verbose { get; init; }

        [CommandOption("--no-parallel")]
        [Description("Load, render and write on one thread (for debugging).")]
        public bool NoParallel { get; init; }

        [CommandOption("--no-cache")]
        [Description("Read and typeset every file anew, and leave .scholarly-cache/ (parsed papers, typeset formulas) as it is. The output is the same.")]
        public bool NoCache { get; init; }

        public override ValidationResult Validate() => OptionChecks.NotEmpty(("--source", Source), ("--output", Output));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var site = SiteLookup.Find(settings.Source, output, settings.Quiet);
        if (site is null)
        {
            return ScholarlyApp.Failure;
        }

        var outputDirectory = settings.Output ?? site.DefaultOutput;
        var shownOutput = SiteLookup.Display(outputDirectory);
        var options = new BuildOptions(
            SourceDirectory: site.Directory,
            OutputDirectory: outputDirectory,
            Theme: settings.Theme,
            BaseUrl: settings.BaseUrl,
            IncludeDrafts: settings.Drafts,
            Parallel: !settings.NoParallel)
        {
            UseCache = !settings.NoCache,
        };

        // A spinner while a long build runs, only where a person watches a terminal.
        BuildResult? result = null;
        if (!settings.Quiet && !Console.IsOutputRedirected && output.Out == Console.Out)
        {
            AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start($"Building {SiteLookup.Display(site.Directory)}…", _ => result = SiteBuilder.Build(options));
        }
        else
        {
            result = SiteBuilder.Build(options);
        }

        ArgumentNullException.ThrowIfNull(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Error.WriteLine(diagnostic.ToString());
        }

        if (settings.Quiet)
        {
            return result.Succeeded ? ScholarlyApp.Success : ScholarlyApp.Failure;
        }

        if (settings.Verbose)
        {
            foreach (var line in PhaseLines.Of(result))
            {
                output.Out.WriteLine(line);
            }
        }

        var milliseconds = PhaseLines.Milliseconds(result.Elapsed);
        if (!result.Succeeded)
        {
            output.Error.WriteLine($"Build failed: {Plural.Of(result.ErrorCount, "error")}; {shownOutput} was left as it was.");
            return ScholarlyApp.Failure;
        }

        var warnings = result.WarningCount > 0 ? $", {Plural.Of(result.WarningCount, "warning")}" : "";
        var changed = result.FilesChanged < result.FilesWritten ? $", {result.FilesChanged} changed" : "";
        output.Out.WriteLine($"Built {Plural.Of(result.PagesWritten, "page")} ({Plural.Of(result.FilesWritten, "file")}{changed}) into {shownOutput} in {milliseconds} ms{warnings}.");
        return ScholarlyApp.Success;
    }
}
