using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/themes.md: a site's partials live in partials/, as a theme's do (layouts/partials/ still read); a partial
/// given inputs gets a scope of its own; the author line is the theme's <c>authors</c> partial; pages carry a flag
/// per kind.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PartialsTests
{
    private const string Paper = "title: Seeing\nauthors: [Ada Lovelace, Charles Babbage]\ndate: 2024-01-01\ntags: [Vision]";

    [Test]
    public void ASitesPartialsFolderComesBeforeItsOlderLayoutsPartialsAndTheTheme()
    {
        using var both = new TestSite().Paper("seeing", Paper)
            .Write("site/partials/paper-card.html", "<p class=\"new-place\">{{ paper.title }}</p>\n")
            .Write("site/layouts/partials/paper-card.html", "<p class=\"old-place\">{{ paper.title }}</p>\n");
        using var older = new TestSite().Paper("seeing", Paper)
            .Write("site/layouts/partials/paper-card.html", "<p class=\"old-place\">{{ paper.title }}</p>\n");

        Assert.That(both.Build().Succeeded, Is.True);
        Assert.That(older.Build().Succeeded, Is.True);

        Assert.That(both.Html("index.html").QuerySelector("p.new-place")?.TextContent, Is.EqualTo("Seeing"));
        Assert.That(both.Html("index.html").QuerySelector("p.old-place"), Is.Null);
        Assert.That(older.Html("index.html").QuerySelector("p.old-place")?.TextContent, Is.EqualTo("Seeing"));
        Assert.That(both.Build().Diagnostics.Where(d => d.Message.Contains("partials", StringComparison.Ordinal)), Is.Empty, "partials/ is read, so no unread-folder warning");
    }

    [Test]
    public void TheAuthorLineIsTheThemesAuthorsPartialSoASiteCanChangeItsMarkup()
    {
        using var site = new TestSite().Paper("seeing", Paper)
            .Write("site/partials/authors.html", "{{~ if full; list = paper.authors; else; list = paper.authors_short; end ~}}{{ for a in list }}<i>{{ a.name }}</i>{{ end ~}}\n");

        Assert.That(site.Build().Succeeded, Is.True, string.Join("\n", site.Build().Diagnostics));

        Assert.That(site.Html("index.html").QuerySelectorAll(".authors i").Select(i => i.TextContent), Is.EqualTo(new[] { "Ada Lovelace", "Charles Babbage" }));
        Assert.That(site.Html("papers/seeing/index.html").QuerySelectorAll(".authors-full i").Select(i => i.TextContent), Is.EqualTo(new[] { "Ada Lovelace", "Charles Babbage" }));
    }

    [Test]
    public void ScholarsAuthorLineMarksTheOwnerAndLinksACoauthorsHomepage()
    {
        using var site = new TestSite().Paper("seeing", Paper)
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ncoauthors:\n  Charles Babbage: https://example.org/babbage/?a=1&b=2\n");

        Assert.That(site.Build().Succeeded, Is.True);

        var authors = site.Html("papers/seeing/index.html").QuerySelector(".authors-full")!;
        Assert.That(authors.QuerySelector("strong.owner")?.TextContent, Is.EqualTo("Ada Lovelace"));
        Assert.That(authors.QuerySelector("a.coauthor")?.GetAttribute("href"), Is.EqualTo("https://example.org/babbage/?a=1&b=2"));
        Assert.That(authors.TextContent, Is.EqualTo("Ada Lovelace, Charles Babbage"));
    }

    [Test]
    public void APartialGivenInputsSeesThemAndKeepsItsAssignmentsToItself()
    {
        using var site = new TestSite().Paper("seeing", Paper)
            .Write("site/layouts/home.html", "{{ word = \"outer\" }}<p id=\"inside\">{{ include \"greet\" { name: profile.name } }}</p><p id=\"after\">{{ word }}</p>\n")
            .Write("site/partials/greet.html", "{{~# greet: a greeting. Inputs: name. ~}}\n{{ word = \"inner\" }}Hello {{ name }} ({{ word }})");

        Assert.That(site.Build().Succeeded, Is.True, string.Join("\n", site.Build().Diagnostics));

        var home = site.Html("index.html");
        Assert.That(home.GetElementById("inside")?.TextContent, Is.EqualTo("Hello Ada Lovelace (inner)"));
        Assert.That(home.GetElementById("after")?.TextContent, Is.EqualTo("outer"));
    }

    [Test]
    public void EachPageHasTheFlagOfItsKindAndNoOther()
    {
        const string Flags = "{{ page.is_home }} {{ page.is_paper }} {{ page.is_tags }} {{ page.is_tag }} {{ page.is_not_found }}";
        using var site = new TestSite().Paper("seeing", Paper)
            .Write("site/layouts/base.html", $"<!DOCTYPE html><title>t</title><p id=\"flags\">{Flags}</p>\n");

        Assert.That(site.Build().Succeeded, Is.True);

        string FlagsOf(string page) => site.Html(page).GetElementById("flags")!.TextContent;
        Assert.That(FlagsOf("index.html"), Is.EqualTo("true false false false false"));
        Assert.That(FlagsOf("papers/seeing/index.html"), Is.EqualTo("false true false false false"));
        Assert.That(FlagsOf("tags/index.html"), Is.EqualTo("false false true false false"));
        Assert.That(FlagsOf("tags/vision/index.html"), Is.EqualTo("false false false true false"));
        Assert.That(FlagsOf("404.html"), Is.EqualTo("false false false false true"));
    }
}
