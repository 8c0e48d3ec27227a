using System.Diagnostics;

namespace Scholarly.Tests.Support;

/// <summary>The built <c>scholarly</c> command in a process of its own, for tests that kill it or must survive its crash.</summary>
internal static class CliProcess
{
    /// <summary>The CLI's assembly, built beside the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Scholarly.Cli.dll");

    /// <summary>Starts <c>dotnet Scholarly.Cli.dll ARGS</c> with its output redirected.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
