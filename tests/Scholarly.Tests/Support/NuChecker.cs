using System.Diagnostics;

namespace Scholarly.Tests.Support;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar from npm's vnu-jar, run with Java), installed in tests/tools/html-checks with
/// <c>npm ci</c> (.ci/run does it, and installs Java when missing). Where it is not installed the tests that need it
/// are skipped, except under CI (CI=true), where a missing checker is a failure.
/// </summary>
internal static class NuChecker
{
    private static string Jar => Path.Combine(RepositoryPaths.Root, "tests", "tools", "html-checks", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error in the HTML files under <paramref name="folder"/>, one line each: "file:line.column: error: message".</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        if (!File.Exists(Jar) || !CanRun("java", "-version"))
        {
            const string message = "the Nu HTML checker needs Java and vnu.jar: apt-get install -y default-jre-headless; npm ci in tests/tools/html-checks";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--skip-non-html", "--format", "gnu", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start)!;
        var output = java.StandardOutput.ReadToEndAsync();
        var errors = java.StandardError.ReadToEnd();
        java.WaitForExit();
        var lines = (output.Result + errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(java.ExitCode == 0 || lines.Length > 0, $"vnu.jar failed with exit code {java.ExitCode} and said nothing");
        return [.. lines.Select(line => line.Replace("\"file:" + folder, "\"", StringComparison.Ordinal))];
    }

    private static bool CanRun(string program, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, argument) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
