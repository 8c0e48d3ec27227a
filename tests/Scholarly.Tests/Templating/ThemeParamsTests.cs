using Scholarly.Tests.Support;

namespace Scholarly.Tests.Templating;

public class ThemeParamsTests
{
    private const string Paper = "title: P\nauthors: [A]\ndate: 2024-01-01";

    [Test]
    public void ASiteParamOverridesTheThemeDefault()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ntheme: minimal\nparams:\n  group_by_year: false\n  accent: \"#123456\"")
            .Paper("p", Paper)
            .Paper("q", "title: Q\nauthors: [A]\ndate: 2020-01-01");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics, Is.Empty);
        var home = site.Html("index.html");
        Assert.That(home.QuerySelectorAll("h3.year"), Is.Empty);
        Assert.That(home.Head!.QuerySelector("style")!.TextContent, Does.Contain("--accent-base: #123456"));
    }

    [Test]
    public void AThemeDefaultAppliesWhenTheSiteSaysNothing()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ntheme: minimal")
            .Paper("p", Paper)
            .Paper("q", "title: Q\nauthors: [A]\ndate: 2020-01-01");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll("h3.year").Select(h => h.TextContent), Is.EqualTo(new[] { "2024", "2020" }));
    }

    [Test]
    public void AnUnknownParamIsAWarningNamingItAndItsLine()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nparams:\n  show_abstract: false")
            .Paper("p", Paper);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        var warning = result.Diagnostics.Single();
        Assert.That(warning.ToString(), Does.StartWith("scholarly.yml:6: warning: unknown param 'show_abstract' for theme 'scholar'"));
        Assert.That(warning.Message, Does.Contain("show_abstracts"));
    }

    [Test]
    public void AChildThemeInheritsItsParentsParamsAndMayChangeThem()
    {
        using var site = new TestSite()
            .Write("site/themes/child/theme.yml", "extends: scholar\nparams:\n  show_abstracts: false\n  motto: Hello\n")
            .Write("site/themes/child/partials/profile-header.html", "<h1>{{ site.params.motto }} {{ site.params.group_by_year }}</h1>")
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\nabstract: Secret words.");

        Assert.That(site.Build(theme: "child").Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(home.QuerySelector("h1")!.TextContent, Is.EqualTo("Hello false"));
        Assert.That(home.Body!.TextContent, Does.Not.Contain("Secret words"));
        Assert.That(site.Exists("assets/style.css"), Is.True, "the parent's assets come along");
    }
}
