using System.ComponentModel;
using Scholarly.Cli.Serving;
using Scholarly.Content;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary><c>scholarly serve</c>: the site on 127.0.0.1, rebuilt and reloaded in the browser on every change.</summary>
internal sealed class ServeCommand(CommandOutput output) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-s|--source <DIR>")]
        [Description("The site folder. Default: this folder if it has scholarly.yml, else content/")]
        public string? Source { get; init; }

        [CommandOption("-p|--port <PORT>")]
        [Description("The port on 127.0.0.1. Default: 5150")]
        public int Port { get; init; } = 5150;

        [CommandOption("-t|--theme <NAME>")]
        [Description("Use this theme instead of the one in scholarly.yml.")]
        public string? Theme { get; init; }

        [CommandOption("--drafts")]
        [Description("Include papers, pages, news, talks, courses and projects marked draft: true.")]
        public bool Drafts { get; init; }

        [CommandOption("-v|--verbose")]
        [Description("After each rebuild, also print how long each phase took and when each page made first was ready.")]
        public bool Verbose { get; init; }

        public override ValidationResult Validate() =>
            Port is < 1 or > 65535 ? ValidationResult.Error($"--port must be between 1 and 65535, not {Port}") : OptionChecks.NotEmpty(("--source", Source));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var site = SiteLookup.Find(settings.Source, output);
        if (site is null)
        {
            return ScholarlyApp.Failure;
        }

        if (!File.Exists(Path.Combine(site.Directory, SiteLayout.ConfigFile)))
        {
            output.Error.WriteLine($"{SiteLookup.Display(site.Directory)}: error: no {SiteLayout.ConfigFile} here; serve a site folder (scholarly new DIR makes one)");
            return ScholarlyApp.Failure;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        await using var server = new LiveServer(new BuildOptions(site.Directory, site.DefaultOutput, settings.Theme, IncludeDrafts: settings.Drafts), settings.Port, output.Out, settings.Verbose);
        await server.StartAsync();
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stopped.Token);
        }
        catch (OperationCanceledException)
        {
            output.Out.WriteLine("Stopped.");
        }

        return ScholarlyApp.Success;
    }
}
