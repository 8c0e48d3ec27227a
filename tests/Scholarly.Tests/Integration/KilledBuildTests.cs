using System.Diagnostics;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>A build killed halfway through writing leaves the previous output whole, and the next build cleans up after it.</summary>
public class KilledBuildTests
{
    [Test]
    public void KillingABuildWhileItWritesLeavesThePreviousOutputWhole()
    {
        using var site = new TestSite();
        site.Paper("first", "title: First\nauthors: [A]\ndate: 2020-01-01");
        Assert.That(site.Build().Succeeded, Is.True);
        var before = OutputSnapshot.Take(site.OutputDirectory);

        var abstractText = string.Concat(Enumerable.Repeat("Words of an abstract. ", 60));
        for (var i = 0; i < 3000; i++)
        {
            site.Paper($"p{i:0000}", $"title: Paper {i}\nauthors: [A, B]\ndate: 2024-01-01\ntags: [t{i % 50}]\nabstract: {abstractText}");
        }

        using var process = CliProcess.Start("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);
        var staging = WaitForStagingFiles(site.Root, minimumFiles: 20, process);
        Assert.That(staging, Is.Not.Null, "the build got to writing before it was killed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before));

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(Directory.GetDirectories(site.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "site", "out", ".out.swap" }), "the next build brings the second tree up to date and swaps it in");
        Assert.That(site.Exists("papers/p2999/index.html"), Is.True);
    }

    /// <summary>Polls until the staging folder holds some pages; null if the process ended first or 60 s passed.</summary>
    private static string? WaitForStagingFiles(string root, int minimumFiles, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            foreach (var directory in Directory.GetDirectories(root, ".out.swap"))
            {
                try
                {
                    if (Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories).Take(minimumFiles).Count() >= minimumFiles)
                    {
                        return directory;
                    }
                }
                catch (DirectoryNotFoundException)
                {
                    // Renamed into place between the listing and the count: the build has finished.
                }
            }

            Thread.Sleep(5);
        }

        return null;
    }
}
