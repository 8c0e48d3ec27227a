using System.ComponentModel;
using Scholarly.Checking;
using Scholarly.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary><c>scholarly check [DIR]</c>: inspects a built site and reports what is broken, grouped by page.</summary>
internal sealed class CheckCommand(CommandOutput output) : Command<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("The built site to check. Default: the site's output folder (output/ in a site folder)")]
        public string? Directory { get; init; }

        [CommandOption("--base-path <PATH>")]
        [Description("The path the site is published under, e.g. /REPO/. Default: read from the home page's canonical link")]
        public string? BasePath { get; init; }

        public override ValidationResult Validate() => OptionChecks.NotEmpty(("DIR", Directory));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Directory ?? SiteLookup.BuiltSite(output, "run this in a site folder, or name a built site: scholarly check DIR");
        if (folder is null)
        {
            return ScholarlyApp.Failure;
        }

        var shown = SiteLookup.Display(folder);
        if (!System.IO.Directory.Exists(folder))
        {
            output.Error.WriteLine($"{shown}: error: no such folder; build the site first (scholarly build)");
            return ScholarlyApp.Failure;
        }

        var basePath = settings.BasePath is null ? null : "/" + settings.BasePath.Trim('/') + (settings.BasePath.Trim('/').Length > 0 ? "/" : "");
        var report = SiteChecker.Check(folder, basePath);
        if (report.PagesChecked == 0)
        {
            output.Error.WriteLine($"{shown}: error: no HTML pages here; is it a built site? (scholarly build writes one)");
            return ScholarlyApp.Failure;
        }

        foreach (var page in report.Problems.GroupBy(p => p.Page))
        {
            output.Out.WriteLine(page.Key);
            foreach (var problem in page)
            {
                output.Out.WriteLine("  " + problem.Message);
            }
        }

        var summary = $"{Plural.Of(report.PagesChecked, "page")} and {Plural.Of(report.ReferencesChecked, "link")} checked";
        if (report.IsClean)
        {
            output.Out.WriteLine($"No problems in {shown}: {summary}.");
            return ScholarlyApp.Success;
        }

        var pages = report.Problems.Select(p => p.Page).Distinct().Count();
        output.Out.WriteLine($"{Plural.Of(report.Problems.Count, "problem")} in {Plural.Of(pages, "file")} ({summary}).");
        return ScholarlyApp.Failure;
    }
}
