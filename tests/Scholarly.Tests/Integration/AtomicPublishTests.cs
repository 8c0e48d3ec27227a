using System.Diagnostics;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// A build killed at any moment leaves the output wholly the old site or wholly the new one, never a mix, and the
/// next build makes it exactly what a clean build writes. Builds of two different sites replace each other in the
/// same output folder, and each is killed at points spread across its whole run, publish step included.
/// </summary>
[Category("Slow")]
public class AtomicPublishTests
{
    private const int PapersPerSite = 150;

    [Test]
    public void AKillAtAnyMomentLeavesTheOldSiteOrTheNewOneAndTheNextBuildIsClean()
    {
        using var temp = new TestSite();
        var a = MakeSite(temp, "a", seed: 1);
        var b = MakeSite(temp, "b", seed: 2);
        var cleanA = CleanBuild(temp, a);
        var cleanB = CleanBuild(temp, b);
        var output = Path.Combine(temp.Root, "published");
        Assert.That(cleanA, Is.Not.EqualTo(cleanB));

        var duration = TimeOneBuild(b, output, a);
        var outcomes = new List<string>();
        foreach (var (from, to, cleanFrom, cleanTo) in new[] { (a, b, cleanA, cleanB), (b, a, cleanB, cleanA) })
        {
            for (var i = 0; i < 5; i++)
            {
                // From early in the render to past the end: the last points land in the exchange and the deletion.
                var delay = duration * (0.4 + (0.18 * i));
                Assert.That(Build(from, output).Succeeded, Is.True);
                using (var process = CliProcess.Start("build", "--source", to, "--output", output, "--quiet"))
                {
                    Thread.Sleep(delay);
                    if (!process.HasExited)
                    {
                        process.Kill(entireProcessTree: true);
                    }

                    process.WaitForExit();
                }

                var left = OutputSnapshot.Take(output);
                var which = Equal(left, cleanFrom) ? "old" : Equal(left, cleanTo) ? "new" : null;
                Assert.That(which, Is.Not.Null, $"killed after {delay.TotalMilliseconds:0} ms, the output is a mix of both sites");
                outcomes.Add(which!);

                Assert.That(Build(to, output).Succeeded, Is.True);
                Assert.That(Equal(OutputSnapshot.Take(output), cleanTo), Is.True, "the next build converges to a clean build's tree");
                Assert.That(Directory.GetFileSystemEntries(temp.Root).Select(Path.GetFileName).Where(n => n!.StartsWith(".published", StringComparison.Ordinal)), Is.EqualTo(new[] { ".published.swap" }), "nothing but the second tree");
            }
        }

        TestContext.Out.WriteLine($"one build: {duration.TotalMilliseconds:0} ms; outcomes: {string.Join(", ", outcomes)}");
        Assert.That(outcomes, Does.Contain("old"), "some kills came before the exchange");
    }

    private static string MakeSite(TestSite temp, string name, int seed)
    {
        var random = new Random(seed);
        var folder = Path.Combine(temp.Root, name);
        Directory.CreateDirectory(Path.Combine(folder, "papers"));
        Directory.CreateDirectory(Path.Combine(folder, "static"));
        File.WriteAllText(Path.Combine(folder, "static", "cv.pdf"), "%PDF");
        File.WriteAllText(Path.Combine(folder, "scholarly.yml"), TestSite.DefaultConfig);
        File.WriteAllText(Path.Combine(folder, "profile.md"), TestSite.DefaultProfile);
        var abstractText = string.Concat(Enumerable.Repeat("Words of an abstract. ", 40));
        for (var i = 0; i < PapersPerSite; i++)
        {
            // Half the papers are the same in both sites (so a rebuild links them), half differ.
            var own = i % 2 == 0 ? name : "shared";
            File.WriteAllText(Path.Combine(folder, "papers", $"{own}-{i:000}.md"),
                $"---\ntitle: Paper {i} of {own}\nauthors: [A, B]\ndate: 2024-01-{1 + (i % 28):00}\ntags: [t{random.Next(30)}]\nabstract: {abstractText}\n---\n");
        }

        return folder;
    }

    private static SortedDictionary<string, string> CleanBuild(TestSite temp, string site)
    {
        var output = Path.Combine(temp.Root, "clean-" + Path.GetFileName(site));
        Assert.That(Build(site, output).Succeeded, Is.True);
        return OutputSnapshot.Take(output);
    }

    private static BuildResult Build(string site, string output) =>
        SiteBuilder.Build(new BuildOptions(site, output, BuiltInThemesDirectory: RepositoryPaths.Themes));

    /// <summary>How long the process takes to rebuild <paramref name="site"/> over <paramref name="over"/>'s output.</summary>
    private static TimeSpan TimeOneBuild(string site, string output, string over)
    {
        Assert.That(Build(over, output).Succeeded, Is.True);
        var clock = Stopwatch.StartNew();
        using var process = CliProcess.Start("build", "--source", site, "--output", output, "--quiet");
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), process.StandardError.ReadToEnd());
        return clock.Elapsed;
    }

    private static bool Equal(SortedDictionary<string, string> left, SortedDictionary<string, string> right) =>
        left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var hash) && hash == pair.Value);
}
