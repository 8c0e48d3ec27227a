using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Scholarly.Cli.Commands;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

/// <summary>
/// A new user's first hour, replayed with the tool as they get it: `dotnet pack`, `dotnet tool install` into a
/// temporary --tool-path, then only the commands the README and --help give, each run from inside the new site with
/// no flags beyond those: new → cd → build → check → import → build → serve → publish, and the pinned tool restored
/// as the site's Pages workflow restores it. No step may refer to this repository.
/// </summary>
[Category("Slow")]
public class FirstHourTests
{
    private const string References = """
        @inproceedings{lovelace1843notes,
          title     = {Notes on the {Analytical Engine}},
          author    = {Lovelace, Ada and Babbage, Charles},
          booktitle = {Scientific Memoirs},
          year      = {1843},
          month     = sep,
        }
        """;

    [Test]
    public void FromNothingToAGhPagesBranchWithoutOneFailingCommand()
    {
        using var temp = new TestSite();
        var packages = Path.Combine(temp.Root, "packages");
        var tools = Path.Combine(temp.Root, "tools");
        var work = Path.Combine(temp.Root, "work");
        var site = Path.Combine(work, "mysite");
        Directory.CreateDirectory(work);
        // A package cache and a CLI home of the test's own: the global cache may hold an older build of this same
        // version, and the CLI's local-tool resolver cache (in its home) would otherwise remember a path in this
        // temporary folder after it is deleted, breaking the next `dotnet tool restore` of this version on the machine.
        var cache = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(temp.Root, "nuget-cache"),
            ["DOTNET_CLI_HOME"] = Path.Combine(temp.Root, "cli-home"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };

        Run("dotnet", RepositoryPaths.Root, null, "pack", Path.Combine("src", "Scholarly.Cli"), "-c", "Release", "-o", packages);
        // Only the package just made: another Scholarly of this version elsewhere must not stand in for it.
        var onlyThisPackage = Path.Combine(temp.Root, "nuget.config");
        File.WriteAllText(onlyThisPackage, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        Run("dotnet", work, cache, "tool", "install", "Scholarly", "--tool-path", tools, "--configfile", onlyThisPackage, "--version", NewCommand.ToolVersion);
        var scholarly = Path.Combine(tools, "scholarly");

        Replay(scholarly, work);

        // What the site's Pages workflow does: restore the tool its manifest pins, from a source that has only this package.
        File.Copy(onlyThisPackage, Path.Combine(site, "nuget.config"));
        var restored = Run("dotnet", site, cache, "tool", "restore");
        Assert.That(Run("dotnet", site, cache, "scholarly", "--version").Trim(), Is.EqualTo(NewCommand.ToolVersion), restored);
        Assert.That(Run("dotnet", site, cache, "scholarly", "build", "--base-url", "https://ada.github.io/mysite/"), Does.Contain("into output"));
    }

    /// <summary>
    /// The commands of the README and --help with the tool at <paramref name="scholarly"/>, in <paramref name="work"/>:
    /// new → cd → build → check → import → build → serve → publish. Also run with the native binary (NativeBuildTests).
    /// </summary>
    internal static void Replay(string scholarly, string work)
    {
        var site = Path.Combine(work, "mysite");
        var created = Run(scholarly, work, null, "new", "mysite", "--name", "Ada Lovelace");
        Assert.That(created, Does.Contain("cd mysite"), "new says to cd into the site");
        Assert.That(Run(scholarly, work, null, "themes"), Does.Contain("minimal").And.Contain("sidebar"), "the built-in themes came with the tool");

        // cd mysite
        var built = Run(scholarly, site, null, "build");
        Assert.That(built, Does.Match(@"Built \d+ pages .* into output in"));
        Assert.That(File.Exists(Path.Combine(site, "output", "index.html")), Is.True, "output/ inside the site, as its .gitignore expects");
        Assert.That(Run(scholarly, site, null, "check"), Does.StartWith("No problems in output"));

        File.WriteAllText(Path.Combine(site, "refs.bib"), References);
        var imported = Run(scholarly, site, null, "import", "refs.bib");
        Assert.That(imported, Does.Contain("create         papers/lovelace-1843-notes.md"), "paths relative to the site, which is here");
        Assert.That(File.Exists(Path.Combine(site, "papers", "lovelace-1843-notes.md")), Is.True);
        Run(scholarly, site, null, "build");
        Assert.That(Run(scholarly, site, null, "build", "--theme", "minimal"), Does.Contain("into output"));
        Assert.That(File.ReadAllText(Path.Combine(site, "output", "assets", "style.css")), Does.StartWith("/* minimal"), "a theme's assets came with the tool");
        Run(scholarly, site, null, "build");
        var paper = File.ReadAllText(Path.Combine(site, "output", "papers", "lovelace-1843-notes", "index.html"));
        Assert.That(paper, Does.Contain("Notes on the Analytical Engine").And.Contain("Sep 1843"));

        Serve(scholarly, site);

        var remote = Path.Combine(work, "site.git");
        Run("git", work, null, "init", "--quiet", "--bare", remote);
        Run("git", site, null, "init", "--quiet");
        Run("git", site, null, "remote", "add", "origin", "../site.git");
        var published = Run(scholarly, site, null, "publish");
        Assert.That(published, Does.Contain("Published to gh-pages"));
        var tree = Run("git", remote, null, "ls-tree", "-r", "--name-only", "gh-pages");
        Assert.That(tree.Split('\n'), Does.Contain("index.html").And.Contain(".nojekyll").And.Contain("papers/lovelace-1843-notes/index.html"));
        Assert.That(tree.Split('\n'), Has.None.EqualTo(".scholarly-output"));

        var other = Path.Combine(work, "other.git");
        Run("git", work, null, "init", "--quiet", "--bare", other);
        Run(scholarly, site, null, "publish", "--remote", "../other.git");
        Assert.That(Run("git", other, null, "ls-tree", "--name-only", "gh-pages"), Does.Contain("index.html"));
    }

    /// <summary>`scholarly serve` in the site: the served home page is the new site's.</summary>
    private static void Serve(string scholarly, string site)
    {
        var port = FreePort();
        var start = Start(scholarly, site, null, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var server = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            string? home = null;
            for (var attempt = 0; attempt < 120 && home is null; attempt++)
            {
                Assert.That(server.HasExited, Is.False, () => "serve exited: " + server.StandardError.ReadToEnd());
                try
                {
                    home = http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/")).Result;
                }
                catch (AggregateException e) when (e.InnerException is HttpRequestException or TaskCanceledException)
                {
                    Thread.Sleep(250);
                }
            }

            Assert.That(home, Does.Contain("Ada Lovelace").And.Contain("Notes on the Analytical Engine"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Start(string program, string directory, Dictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        return start;
    }

    internal static string Run(string program, string directory, Dictionary<string, string>? environment, params string[] args)
    {
        using var process = Process.Start(Start(program, directory, environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Ten minutes: the native publish of a fresh copy of the sources, beside the rest of the suite on two cores,
        // has taken more than five.
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(10)), Is.True, $"{program} {string.Join(' ', args)} timed out");
        Assert.That(process.ExitCode, Is.EqualTo(0), $"{program} {string.Join(' ', args)} in {directory}\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
