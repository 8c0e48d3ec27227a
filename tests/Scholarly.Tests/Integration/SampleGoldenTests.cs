using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// The sample site's rendered output, pinned byte for byte: a page of each kind, the feeds, the sitemap and a paper's
/// exports, in Integration/Golden/sample/. A change to any of them is deliberate or a bug; to accept a deliberate one,
/// run the tests with SCHOLARLY_UPDATE_GOLDEN=1, which rewrites the files and fails the run until the diff has been
/// reviewed (`git diff tests/`) and the tests pass again without it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SampleGoldenTests
{
    private static readonly string Golden = Path.Combine(RepositoryPaths.Root, "tests", "Scholarly.Tests", "Integration", "Golden", "sample");

    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Path.Combine(Path.GetTempPath(), "scholarly-tests", "golden-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        return output;
    });

    public static IEnumerable<string> PinnedFiles() =>
        Directory.EnumerateFiles(Golden, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Golden, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(PinnedFiles))]
    public void TheSampleSitesFileIsAsPinned(string file)
    {
        var built = File.ReadAllBytes(Path.Combine(Output.Value, file));
        var golden = Path.Combine(Golden, file);
        if (Environment.GetEnvironmentVariable("SCHOLARLY_UPDATE_GOLDEN") == "1" && !built.AsSpan().SequenceEqual(File.ReadAllBytes(golden)))
        {
            File.WriteAllBytes(golden, built);
            Assert.Inconclusive($"{golden} rewritten: review `git diff` and run the tests again without SCHOLARLY_UPDATE_GOLDEN");
        }

        Assert.That(built, Is.EqualTo(File.ReadAllBytes(golden)), $"{file} differs from {golden}: `diff` them to see how");
    }

    [Test]
    public void APageOfEveryKindAndEveryFeedIsPinned()
    {
        Assert.That(PinnedFiles(), Is.SupersetOf(new[] { "index.html", "papers/gba/index.html", "tags/index.html", "tags/cs.cv/index.html", "404.html", "feed.xml", "atom.xml", "sitemap.xml" }));
    }
}
