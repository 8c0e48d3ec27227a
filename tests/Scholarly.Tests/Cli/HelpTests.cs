using System.Text;
using Scholarly.Cli;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

/// <summary>What `--help` shows is what a new user types: every example must run as printed.</summary>
public class HelpTests
{
    private static readonly string[] Commands = ScholarlyApp.CommandNames;

    [Test]
    public void EveryExampleInEveryHelpIsAValidCommandLine()
    {
        var examples = Commands.Prepend(null).SelectMany(Examples).Distinct().ToList();

        Assert.That(examples, Has.Count.GreaterThanOrEqualTo(Commands.Length), "every command shows at least one example");
        foreach (var example in examples)
        {
            var words = ShellWords(example);
            Assert.That(words[0], Is.EqualTo("scholarly"), example);
            var error = new StringWriter();
            Assert.That(ScholarlyApp.Parse([.. words.Skip(1)], new StringWriter(), error), Is.EqualTo(0), $"{example}\n{error}");
        }
    }

    [Test]
    public void TheCommandsHelpListsAreTheOnesSuggestionsAndTheseTestsKnow()
    {
        var lines = Help(null).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("COMMANDS:", StringComparison.Ordinal));
        var listed = lines.Skip(start + 1).Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Length > 4 && l[4] != ' ').Select(l => l.Trim().Split(' ')[0]);

        Assert.That(listed, Is.EquivalentTo(Commands));
        Assert.That(CliRun.Of("--version").Out.Trim(), Is.EqualTo(Scholarly.Cli.Commands.NewCommand.ToolVersion), "the version new sites pin");
    }

    [Test]
    public void ANameWithASpaceIsQuotedInTheExample()
    {
        Assert.That(Examples("new"), Does.Contain("scholarly new my-site --name \"Ada Lovelace\""));
        Assert.That(ScholarlyApp.Parse(["new", "my-site", "--name", "Ada", "Lovelace"], new StringWriter(), new StringWriter()), Is.EqualTo(2), "unquoted, it does not parse");
        Assert.That(ScholarlyApp.Parse(["build", "--ouptut", "x"], new StringWriter(), new StringWriter()), Is.EqualTo(2), "nor does an unknown option");
    }

    [Test]
    public void PipedHelpNeverBreaksAnExampleAcrossLines()
    {
        foreach (var command in Commands.Prepend(null))
        {
            var lines = Help(command).Split('\n');
            var start = Array.FindIndex(lines, l => l.StartsWith("EXAMPLES:", StringComparison.Ordinal));
            Assert.That(start, Is.GreaterThanOrEqualTo(0), command);
            foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Trim().Length > 0))
            {
                Assert.That(line, Does.StartWith("    scholarly "), $"a line of `{command} --help` continues an example: '{line}'");
            }
        }
    }

    [Test]
    public void AMistypedCommandSuggestsTheNearestAndExitsWithAUsageError()
    {
        var run = CliRun.Of("biuld");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("Unknown command 'biuld'").And.Contain("Did you mean 'build'?"));
        Assert.That(CliRun.Of("pubish").Error, Does.Contain("Did you mean 'publish'?"));
        Assert.That(CliRun.Of("zzz").Error, Does.Not.Contain("Did you mean").And.Contain("scholarly --help"));
    }

    [TestCase(new[] { "build", "extra" }, "error: 'extra' is not an argument of 'scholarly build' (see 'scholarly build --help')")]
    [TestCase(new[] { "build", "--ouptut", "x" }, "error: Unknown option or argument '--ouptut' (did you mean '--output'?) (see 'scholarly build --help')")]
    [TestCase(new[] { "serve", "--port", "99999" }, "error: --port must be between 1 and 65535, not 99999 (see 'scholarly serve --help')")]
    [TestCase(new[] { "serve", "--port", "abc" }, "(see 'scholarly serve --help')")]
    [TestCase(new[] { "new" }, "missing required argument 'DIR' (see 'scholarly new --help')")]
    public void AWrongCommandLineIsAUsageErrorThatSaysWhereToLook(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Does.EndWith(message));
    }

    private static string Help(string? command) => CliRun.Of(command is null ? ["--help"] : [command, "--help"]).Out.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static IEnumerable<string> Examples(string? command)
    {
        var lines = Help(command).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("EXAMPLES:", StringComparison.Ordinal));
        return lines.Skip(start + 1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim());
    }

    /// <summary>Splits a line as a POSIX shell does for plain words and double or single quotes.</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                (quote, inWord) = (c, true);
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Assert.That(quote, Is.Null, $"an unclosed quote in: {line}");
        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
