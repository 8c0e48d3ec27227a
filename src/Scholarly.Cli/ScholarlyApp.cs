using System.Text.RegularExpressions;
using Scholarly.Cli.Commands;
using Scholarly.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scholarly.Cli;

/// <summary>Wires the commands; exit codes: 0 success, 1 content or template errors, 2 a usage error.</summary>
internal static partial class ScholarlyApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>Every command's name, for "did you mean" when one is mistyped.</summary>
    internal static readonly string[] CommandNames = ["build", "new", "serve", "import", "check", "publish", "themes"];

    /// <summary>Runs the command line <paramref name="args"/>, writing to the given writers (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, parseOnly: false);

    /// <summary>
    /// Parses <paramref name="args"/> as <see cref="Run(string[], TextWriter, TextWriter)"/> would and stops before the
    /// command runs: 0 when the command line is valid. Tests read every example of the help through it.
    /// </summary>
    internal static int Parse(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, parseOnly: true);

    private static int Run(string[] args, TextWriter output, TextWriter error, bool parseOnly)
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
            config.SetInterceptor(parseOnly ? new StopBeforeRunning(new UnknownOptionGuard()) : new UnknownOptionGuard());
            config.SetApplicationVersion(NewCommand.ToolVersion);
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(new CommandOutput(output, error));
            // Examples are printed as command lines to copy: each must parse (a test runs every one through Parse),
            // quote what has spaces, and fit 80 columns, where piped help is wrapped.
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the site into its output folder (output/ in the site folder).")
                .WithExample("build")
                .WithExample("build", "--base-url", "https://USER.github.io/REPO/")
                .WithExample("build", "--source", "my-site", "--output", "public");
            config.AddCommand<NewCommand>("new")
                .WithDescription("Create a new site: config, profile, two example papers, an about page, an example of each other kind (news, a talk, a course, a project, cv.yml), static/, .gitignore, a GitHub Pages workflow and a tool manifest.")
                .WithExample("new", "my-site", "--name", "\"Ada Lovelace\"");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the site on 127.0.0.1, rebuild it when a file changes and reload the open pages.")
                .WithExample("serve")
                .WithExample("serve", "--port", "8080", "--drafts");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import publications from BibTeX, CSL-JSON or arXiv Atom files into the site's papers/: one paper file each; safe to run again.")
                .WithExample("import", "references.bib", "--dry-run")
                .WithExample("import", "references.bib", "zotero.json", "--into", "my-site");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check a built site: broken links and anchors, missing assets, images without alt, duplicate ids, pages without a title or description, malformed feeds and sitemap.")
                .WithExample("check")
                .WithExample("check", "public", "--base-path", "/REPO/");
            config.AddCommand<PublishCommand>("publish")
                .WithDescription("Commit the built site to a gh-pages branch and push it (GitHub Pages' \"deploy from a branch\").")
                .WithExample("publish")
                .WithExample("publish", "--remote", "git@github.com:USER/REPO.git");
            config.AddCommand<ThemesCommand>("themes")
                .WithDescription("List the themes a site can use: its own (themes/ beside scholarly.yml) and the built-in ones.")
                .WithExample("themes");
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is ParsedOnly)
                {
                    return Success;
                }

                error.WriteLine($"error: {Describe(exception, args)}");
                return exception is CommandAppException or UsageException ? UsageError : Failure;
            });
        });
        return app.Run(args);
    }

    /// <summary>
    /// The message for a failed command line, with where to look: "did you mean 'build'?" after an unknown command
    /// (as a typo in scholarly.yml gets), the command's own help after a bad value or a stray argument.
    /// </summary>
    private static string Describe(Exception exception, string[] args)
    {
        if (exception is not CommandAppException || exception is UsageException)
        {
            return exception.Message;
        }

        var command = args.FirstOrDefault(a => !a.StartsWith('-'));
        var known = command is not null && CommandNames.Contains(command, StringComparer.Ordinal);
        if (UnknownCommand().Match(exception.Message) is { Success: true } match)
        {
            var typed = match.Groups[1].Value;
            if (known && typed != command)
            {
                return $"'{typed}' is not an argument of 'scholarly {command}' (see 'scholarly {command} --help')";
            }

            return Suggestion.Nearest(typed, CommandNames) is { } nearest
                ? $"{exception.Message} Did you mean '{nearest}'? (scholarly --help lists the commands)"
                : $"{exception.Message} (scholarly --help lists the commands)";
        }

        var message = exception.Message.TrimEnd('.');
        if (NotConverted().Match(message) is { Success: true } value)
        {
            // "Failed to convert 'abc' to Int32": say which option, and what it takes.
            var at = Array.IndexOf(args, value.Groups[1].Value);
            var option = at > 0 && args[at - 1].StartsWith('-') ? args[at - 1] : "a value";
            message = $"{option} takes {(value.Groups[2].Value is "Int32" or "Int64" ? "a whole number" : "a " + value.Groups[2].Value)}, not '{value.Groups[1].Value}'";
        }

        return known ? $"{message} (see 'scholarly {command} --help')" : message;
    }

    [GeneratedRegex("^Failed to convert '(.*)' to ([A-Za-z0-9]+)")]
    private static partial Regex NotConverted();

    [GeneratedRegex("^Unknown command '(.+)'")]
    private static partial Regex UnknownCommand();

    /// <summary>Thrown by <see cref="StopBeforeRunning"/> once a command line has parsed; not an error.</summary>
    private sealed class ParsedOnly : Exception;

    /// <summary>Runs the guard, then stops the command from running: what <see cref="Parse"/> needs.</summary>
    private sealed class StopBeforeRunning(ICommandInterceptor guard) : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings)
        {
            guard.Intercept(context, settings);
            throw new ParsedOnly();
        }
    }
}
