using Scholarly.Cli;

namespace Scholarly.Tests.Support;

/// <summary>Runs the <c>scholarly</c> command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ScholarlyApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
