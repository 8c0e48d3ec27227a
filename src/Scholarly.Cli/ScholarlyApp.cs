using Scholarly.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli;

/// <summary>Wires the commands; exit codes: 0 success, 1 content or template errors, 2 a usage error.</summary>
public static class ScholarlyApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>Runs the command line <paramref name="args"/>, writing to the given writers (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("scholarly");
            config.SetInterceptor(new UnknownOptionGuard());
            config.SetApplicationVersion(typeof(ScholarlyApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(new CommandOutput(output, error));
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the site into the output folder.")
                .WithExample("build")
                .WithExample("build", "--source", "content", "--output", "output", "--base-url", "https://USER.github.io/REPO/");
            config.AddCommand<NewCommand>("new")
                .WithDescription("Create a new site: config, profile, two example papers, static/, .gitignore and a GitHub Pages workflow.")
                .WithExample("new", "my-site", "--name", "Ada Lovelace");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the site on 127.0.0.1, rebuild it when a file changes and reload the open pages.")
                .WithExample("serve", "--port", "5150");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import publications from BibTeX, CSL-JSON or arXiv Atom files: one paper file each; safe to run again.")
                .WithExample("import", "references.bib", "--into", "content", "--dry-run");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check a built site: broken links and anchors, missing assets, images without alt, duplicate ids, pages without a title or description, malformed feeds and sitemap.")
                .WithExample("check", "output");
            config.AddCommand<PublishCommand>("publish")
                .WithDescription("Commit the built site to a gh-pages branch and push it (GitHub Pages' \"deploy from a branch\").")
                .WithExample("publish", "--remote", "origin");
            config.AddCommand<ThemesCommand>("themes")
                .WithDescription("List the themes a site can use: its own (themes/ beside scholarly.yml) and the built-in ones.");
            config.SetExceptionHandler((exception, _) =>
            {
                error.WriteLine($"error: {exception.Message}");
                return exception is CommandAppException or UsageException ? UsageError : Failure;
            });
        });
        return app.Run(args);
    }
}
