using System.ComponentModel;
using Scholarly.Content;
using Scholarly.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary><c>scholarly import FILE...</c>: one paper file per publication of BibTeX, CSL-JSON or arXiv Atom files.</summary>
internal sealed class ImportCommand(CommandOutput output) : Command<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("BibTeX (.bib), CSL-JSON (.json) or arXiv Atom (.xml) files; the format is read from the content.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--into <DIR>")]
        [Description("The site folder; papers go into its papers/ folder. Default: this folder if it has scholarly.yml, else content/")]
        public string? Into { get; init; }

        [CommandOption("-n|--dry-run")]
        [Description("Print what would be created, updated and skipped, and change nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("-f|--force")]
        [Description("Also update the front matter of paper files written by hand (their body is never touched).")]
        public bool Force { get; init; }

        public override ValidationResult Validate() => OptionChecks.NotEmpty(("--into", Into));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var site = SiteLookup.Find(settings.Into, output, remedy: "run this in a site folder, or name one with --into DIR");
        if (site is null)
        {
            return ScholarlyApp.Failure;
        }

        // Papers written where no site reads them would be lost without a word.
        if (!File.Exists(Path.Combine(site.Directory, SiteLayout.ConfigFile)))
        {
            output.Error.WriteLine($"{SiteLookup.Display(site.Directory)}: error: no {SiteLayout.ConfigFile} here; import into a site folder (scholarly new DIR makes one)");
            return ScholarlyApp.Failure;
        }

        if (settings.Into is not null)
        {
            output.Out.WriteLine($"Importing into {SiteLookup.Display(site.Directory)}/ (paths below are relative to it).");
        }

        var report = PublicationImporter.Run(settings.Files, site.Directory, settings.DryRun, settings.Force);
        foreach (var problem in report.Problems)
        {
            output.Error.WriteLine(problem.ToString());
        }

        // One write for the whole listing: ten thousand lines written one by one cost more than the import.
        var listing = new System.Text.StringBuilder();
        var verb = settings.DryRun ? "would " : "";
        foreach (var action in report.Actions.Where(a => a.Kind != ImportActionKind.Unchanged || settings.DryRun))
        {
            var what = action.Kind switch
            {
                ImportActionKind.Create => $"{verb}create",
                ImportActionKind.Update => $"{verb}update",
                ImportActionKind.Unchanged => "unchanged",
                _ => $"{verb}skip",
            };
            listing.Append(System.Globalization.CultureInfo.InvariantCulture, $"{what,-14} {action.File}  ({action.Origin}){(action.Reason is null ? "" : ": " + action.Reason)}").Append('\n');
        }

        output.Out.Write(listing.ToString());
        output.Out.WriteLine($"{(settings.DryRun ? "Dry run: " : "")}{report.Count(ImportActionKind.Create)} created, {report.Count(ImportActionKind.Update)} updated, {report.Count(ImportActionKind.Unchanged)} unchanged, {report.Count(ImportActionKind.Skip)} skipped, {report.Failed} failed.");
        return report.Failed > 0 ? ScholarlyApp.Failure : ScholarlyApp.Success;
    }
}
