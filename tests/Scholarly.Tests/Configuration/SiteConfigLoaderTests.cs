using Scholarly.Configuration;
using Scholarly.Diagnostics;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Configuration;

public class SiteConfigLoaderTests
{
    [Test]
    public void ReadsTheSampleConfig()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepositoryPaths.Content, bag);

        Assert.That(bag.Sorted(), Is.Empty);
        Assert.That(config!.Title, Is.EqualTo("Lin Qu"));
        Assert.That(config.BaseUrl.AbsoluteUri, Is.EqualTo("https://example.org/"));
        Assert.That(config.Theme, Is.EqualTo("scholar"));
        Assert.That(config.Owner, Is.EqualTo("Lin Qu"));
        Assert.That(config.AuthorsBeforeEtAl, Is.EqualTo(3));
    }

    [Test]
    public void UnknownKeysAreWarningsNamingTheKeyAndLine()
    {
        using var site = new TestSite().Write("site/scholarly.yml", "title: T\nbase_url: https://example.org\nthme: minimal\n");
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Load(site.SiteDirectory, bag);

        Assert.That(config, Is.Not.Null);
        Assert.That(config!.BaseUrl.AbsoluteUri, Is.EqualTo("https://example.org/"));
        var warning = bag.Sorted().Single();
        Assert.That(warning.ToString(), Is.EqualTo("scholarly.yml:3: warning: unknown key 'thme' in scholarly.yml (did you mean 'theme'?); it is ignored"));
    }

    [Test]
    public void ComputedMetricsAreShownOrHiddenOneByOne()
    {
        using var site = new TestSite().Write("site/scholarly.yml", "title: T\nbase_url: https://example.org/\ncomputed_metrics:\n  i10-index: hide\n  papers: show\n  citations: false\n");
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Load(site.SiteDirectory, bag);

        Assert.That(bag.Sorted(), Is.Empty);
        Assert.That(config!.ComputedMetricVisibility, Is.EquivalentTo(new Dictionary<string, MetricVisibility>
        {
            ["i10-index"] = MetricVisibility.Hide, ["papers"] = MetricVisibility.Show, ["citations"] = MetricVisibility.Hide,
        }));
    }

    [TestCase("computed_metrics:\n  i10index: hide\n", 4, "warning: unknown computed metric 'i10index' in computed_metrics (did you mean 'i10-index'?)")]
    [TestCase("computed_metrics:\n  h-index: never\n", 4, "error: computed_metrics.h-index must be auto, show or hide, not 'never'")]
    [TestCase("computed_metrics: hide\n", 3, "error: 'computed_metrics' must map a metric to auto, show or hide")]
    public void ABadComputedMetricsSettingNamesItsLine(string yaml, int line, string message)
    {
        using var site = new TestSite().Write("site/scholarly.yml", "title: T\nbase_url: https://example.org/\n" + yaml);
        var bag = new DiagnosticBag();

        SiteConfigLoader.Load(site.SiteDirectory, bag);

        Assert.That(bag.Sorted().Single().ToString(), Does.StartWith($"scholarly.yml:{line}: {message}"));
    }

    [TestCase("example.org", "not an absolute http(s) address")]
    [TestCase("ftp://example.org/", "not an absolute http(s) address")]
    [TestCase("/relative/", "not an absolute http(s) address")]
    [TestCase("https://example.org//pwn.example/x/", "empty, '.' or '..' segment")]
    [TestCase("'https://example.org/\\\\pwn.example/x/'", "backslash")]
    [TestCase("https://user:secret@example.org/", "user name or password")]
    [TestCase("https://example.org/a/../b/", "empty, '.' or '..' segment")]
    [TestCase("https://example.org/?x=1", "query or a fragment")]
    [TestCase("https://example.org/#top", "query or a fragment")]
    [TestCase("'https://exa mple.org/'", "space")]
    public void BaseUrlIsAPlainHttpAddress(string value, string problem)
    {
        using var site = new TestSite().Write("site/scholarly.yml", $"title: T\nbase_url: {value}\n");
        var bag = new DiagnosticBag();

        Assert.That(SiteConfigLoader.Load(site.SiteDirectory, bag), Is.Null);
        var error = bag.Sorted().Single();
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Message, Does.StartWith("'base_url' must be an http(s) address").And.Contain(problem));
    }

    [TestCase("https://user.github.io/repo", "https://user.github.io/repo/")]
    [TestCase("http://localhost:8080/", "http://localhost:8080/")]
    [TestCase("https://example.org", "https://example.org/")]
    [TestCase("https://example.org/a/b/", "https://example.org/a/b/")]
    public void GoodBaseUrlsAreKeptWithATrailingSlash(string value, string expected)
    {
        Assert.That(SiteConfigLoader.TryParseBaseUrl(value, out var url, out var problem), Is.True, problem);
        Assert.That(url!.AbsoluteUri, Is.EqualTo(expected));
    }
}
