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

    [TestCase("example.org")]
    [TestCase("ftp://example.org/")]
    [TestCase("/relative/")]
    public void BaseUrlMustBeAbsoluteHttp(string value)
    {
        using var site = new TestSite().Write("site/scholarly.yml", $"title: T\nbase_url: {value}\n");
        var bag = new DiagnosticBag();

        Assert.That(SiteConfigLoader.Load(site.SiteDirectory, bag), Is.Null);
        var error = bag.Sorted().Single();
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("'base_url' must be an absolute http(s) address"));
    }

    [Test]
    public void SubpathBaseUrlsGetATrailingSlash()
    {
        Assert.That(SiteConfigLoader.TryParseBaseUrl("https://user.github.io/repo", out var url), Is.True);
        Assert.That(url!.AbsoluteUri, Is.EqualTo("https://user.github.io/repo/"));
    }
}
