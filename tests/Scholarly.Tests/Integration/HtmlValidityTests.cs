using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// Every HTML page of the sample site (a page of every kind: home, papers, the topics index, tags, 404), built with
/// each built-in theme, passes the W3C Nu HTML checker with no error.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class HtmlValidityTests
{
    [TestCaseSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
    public void EveryPageOfTheSamplePassesTheNuChecker(string theme)
    {
        var output = Path.Combine(Path.GetTempPath(), "scholarly-tests", "vnu-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, Theme: theme, BuiltInThemesDirectory: RepositoryPaths.Themes));
            Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));

            var errors = NuChecker.Errors(output);

            Assert.That(errors, Is.Empty, $"{theme}: the Nu checker's errors (page:line.column: error: message):\n" + string.Join("\n", errors));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>What the sample leaves out: a photo, a paper's figure, years as headings, badges, own link labels, notes.</summary>
    [TestCaseSource(typeof(BuiltInThemeTests), nameof(BuiltInThemeTests.Themes))]
    public void EveryPageOfAFullerSitePassesTheNuChecker(string theme)
    {
        using var site = FullerSite.Create();
        var result = site.Build(theme: theme);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));

        var errors = NuChecker.Errors(site.OutputDirectory);

        Assert.That(errors, Is.Empty, $"{theme}: the Nu checker's errors (page:line.column: error: message):\n" + string.Join("\n", errors));
    }

    [Test]
    public void TheCheckerSeesAnError()
    {
        // A checker that reported nothing for anything would pass every page.
        var folder = Directory.CreateTempSubdirectory("scholarly-vnu-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), "<!DOCTYPE html><html lang=\"en\"><title>t</title><h1>a</h1><h3>skips a level</h3>");

            Assert.That(NuChecker.Errors(folder), Has.Some.Contains("index.html").And.Contains("skipping 1 heading level"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
