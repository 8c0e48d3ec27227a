using System.Diagnostics;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

/// <summary>
/// The tool as a user installs it: `dotnet pack`, `dotnet tool install` into a temporary --tool-path from the local
/// package folder, then `scholarly new` and `scholarly build` from outside the repository.
/// </summary>
[Category("Slow")]
public class InstalledToolTests
{
    [Test]
    public void APackedAndInstalledToolScaffoldsAndBuildsASiteWithoutTheRepository()
    {
        using var temp = new TestSite();
        var packages = Path.Combine(temp.Root, "packages");
        var tools = Path.Combine(temp.Root, "tools");
        var work = Path.Combine(temp.Root, "work");
        Directory.CreateDirectory(work);

        Run("dotnet", RepositoryPaths.Root, "pack", Path.Combine("src", "Scholarly.Cli"), "-c", "Release", "-o", packages);
        Run("dotnet", work, "tool", "install", "Scholarly", "--tool-path", tools, "--add-source", packages, "--version", "0.1.0");
        var scholarly = Path.Combine(tools, "scholarly");

        Run(scholarly, work, "new", "site", "--name", "Grace Hopper");
        var build = Run(scholarly, work, "build", "--source", "site", "--output", "out", "--theme", "minimal");
        Assert.That(build, Does.StartWith("Built 8 pages"));
        Run(scholarly, work, "check", "out");

        var home = File.ReadAllText(Path.Combine(work, "out", "index.html"));
        Assert.That(home, Does.Contain("Grace Hopper").And.Contain("assets/style.css"));
        Assert.That(File.ReadAllText(Path.Combine(work, "out", "assets", "style.css")), Does.StartWith("/* minimal"), "the built-in themes came with the tool");
        Assert.That(Run(scholarly, work, "themes"), Does.Contain("sidebar"));
    }

    private static string Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(5)), Is.True, $"{program} {string.Join(' ', args)} timed out");
        Assert.That(process.ExitCode, Is.EqualTo(0), $"{program} {string.Join(' ', args)}\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
