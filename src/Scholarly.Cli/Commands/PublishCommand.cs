using System.ComponentModel;
using Scholarly.Publishing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary><c>scholarly publish</c>: commits the built site to a gh-pages branch and pushes it.</summary>
internal sealed class PublishCommand(CommandOutput output) : Command<PublishCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--output <DIR>")]
        [Description("The built site to publish. Default: the site's output folder (output/ in a site folder)")]
        public string? Output { get; init; }

        [CommandOption("--remote <REMOTE>")]
        [Description("A remote of the current repository, or a URL or path. Default: origin")]
        public string Remote { get; init; } = "origin";

        [CommandOption("--branch <BRANCH>")]
        [Description("The branch GitHub Pages serves. Default: gh-pages")]
        public string Branch { get; init; } = "gh-pages";

        [CommandOption("-m|--message <TEXT>")]
        [Description("The commit message. Default: Publish the site")]
        public string Message { get; init; } = "Publish the site";

        public override ValidationResult Validate() => OptionChecks.NotEmpty(("--output", Output), ("--remote", Remote), ("--branch", Branch));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Output ?? SiteLookup.BuiltSite(output, "run this in a site folder, or name a built site with --output DIR");
        if (folder is null)
        {
            return ScholarlyApp.Failure;
        }

        if (Publishing.PlaceholderAddress.WarningFor(folder) is { } warning)
        {
            output.Error.WriteLine("warning: " + warning);
        }

        var result = GitPagesPublisher.Publish(Path.GetFullPath(folder), settings.Remote, settings.Branch, settings.Message, Directory.GetCurrentDirectory());
        (result.Succeeded ? output.Out : output.Error).WriteLine(result.Succeeded ? result.Message + "." : $"error: {result.Message}");
        return result.Succeeded ? ScholarlyApp.Success : ScholarlyApp.Failure;
    }
}
