using System.Diagnostics;

namespace Scholarly.Tests.Support;

/// <summary>The built <c>scholarly</c> command in a process of its own, for tests that kill it or must survive its crash.</summary>
internal static class CliProcess
{
    /// <summary>The CLI's assembly, built beside the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Scholarly.Cli.dll");

    /// <summary>Starts <c>dotnet Scholarly.Cli.dll ARGS</c> with its output redirected.</summary>
    public static Process Start(params string[] args) => Process.Start(StartInfo(null, null, args))!;

    /// <summary>
    /// Starts the command in <paramref name="workingDirectory"/> (as a user who has <c>cd</c>'d there), with
    /// <paramref name="environment"/> set for it alone (a null value removes a variable), its output redirected.
    /// </summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Process.Start(StartInfo(workingDirectory, environment, args))!;

    /// <summary>Runs the command to its end (at most two minutes) and returns its exit code and what it printed.</summary>
    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"scholarly {string.Join(' ', args)} did not finish in two minutes");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    private static ProcessStartInfo StartInfo(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
