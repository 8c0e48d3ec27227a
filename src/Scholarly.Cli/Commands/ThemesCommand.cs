using System.ComponentModel;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Themes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary><c>scholarly themes</c>: lists the themes a site can use, its own first, then the built-in ones.</summary>
internal sealed class ThemesCommand(CommandOutput output) : Command<ThemesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-s|--source <DIR>")]
        [Description("The site folder, whose themes/ folder is searched first. Default: this folder if it has scholarly.yml, else content/")]
        public string? Source { get; init; }

        public override ValidationResult Validate() => OptionChecks.NotEmpty(("--source", Source));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Outside any site the built-in themes are still worth listing, so a missing site is no error here.
        var site = SiteFolder.Find(settings.Source, Directory.GetCurrentDirectory(), out _);
        var locator = new ThemeLocator(site?.Directory ?? Directory.GetCurrentDirectory(), BuildOptions.DefaultThemesDirectory);
        var diagnostics = new DiagnosticBag();
        var themes = locator.All(diagnostics);
        foreach (var diagnostic in diagnostics.Sorted())
        {
            output.Error.WriteLine(diagnostic.ToString());
        }

        if (themes.Count == 0)
        {
            output.Error.WriteLine($"No themes found in {string.Join(" or ", locator.SearchFolders)}.");
            return ScholarlyApp.Failure;
        }

        var width = themes.Max(t => t.Theme.Name.Length);
        foreach (var (theme, builtIn) in themes)
        {
            var origin = builtIn ? "built-in" : "site";
            var parent = theme.Parent is null ? "" : $" (extends {theme.Parent.Name})";
            output.Out.WriteLine($"{theme.Name.PadRight(width)}  {origin,-8}  {theme.Description ?? "(no description)"}{parent}");
        }

        return ScholarlyApp.Success;
    }
}
