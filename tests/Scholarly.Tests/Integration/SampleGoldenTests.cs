using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// The sample site's rendered output in each built-in theme, pinned byte for byte: a page of each kind, the feeds, the
/// sitemap and a paper's exports, in Integration/Golden/THEME/ (the same files for every theme). A change to any of them is deliberate or a bug; to accept a deliberate one,
/// run the tests with SCHOLARLY_UPDATE_GOLDEN=1, which rewrites the files and fails the run until the diff has been
/// reviewed (`git diff tests/`) and the tests pass again without it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SampleGoldenTests
{
    private static readonly string Golden = Path.Combine(RepositoryPaths.Root, "tests", "Scholarly.Tests", "Integration", "Golden");

    private static readonly string[] Files =
    [
        "index.html", "papers/gba/index.html", "tags/index.html", "tags/cs.cv/index.html", "404.html", "feed.xml", "atom.xml",
        "sitemap.xml", "robots.txt", "papers/gba/cite.bib", "papers/gba/cite.ris", "papers/gba/cite.json",
    ];

    private static readonly Dictionary<string, Lazy<string>> Outputs = BuiltInThemeTests.Themes.ToDictionary(theme => theme, theme => new Lazy<string>(() =>
    {
        var output = Path.Combine(Path.GetTempPath(), "scholarly-tests", "golden-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, Theme: theme, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        return output;
    }));

    /// <summary>Every file in the default theme; the pages alone in the others (feeds and exports do not depend on the theme).</summary>
    public static IEnumerable<TestCaseData> PinnedFiles() =>
        BuiltInThemeTests.Themes.SelectMany(theme => Files.Where(file => theme == BuiltInThemeTests.Themes[0] || file.EndsWith(".html", StringComparison.Ordinal))
            .Select(file => new TestCaseData(theme, file)));

    [TestCaseSource(nameof(PinnedFiles))]
    public void TheSampleSitesFileIsAsPinned(string theme, string file)
    {
        var built = File.ReadAllBytes(Path.Combine(Outputs[theme].Value, file));
        var golden = Path.Combine(Golden, theme, file);
        if (Environment.GetEnvironmentVariable("SCHOLARLY_UPDATE_GOLDEN") == "1" && (!File.Exists(golden) || !built.AsSpan().SequenceEqual(File.ReadAllBytes(golden))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllBytes(golden, built);
            Assert.Fail($"{golden} rewritten: review `git diff` and run the tests again without SCHOLARLY_UPDATE_GOLDEN");
        }

        Assert.That(File.Exists(golden), $"{golden} is missing: run the tests with SCHOLARLY_UPDATE_GOLDEN=1 to write it, then review it");
        Assert.That(built, Is.EqualTo(File.ReadAllBytes(golden)), $"{theme}: {file} differs from {golden}: `diff` them to see how");
    }

}
