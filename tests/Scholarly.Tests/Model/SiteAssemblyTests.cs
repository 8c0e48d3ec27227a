using Scholarly.Tests.Support;

namespace Scholarly.Tests.Model;

/// <summary>The assembled site as a reader sees it: order, tags, drafts and slug clashes.</summary>
public class SiteAssemblyTests
{
    [Test]
    public void PapersAreNewestFirstThenBySlug()
    {
        using var site = new TestSite()
            .Paper("b-old", "title: Old\nauthors: [A]\ndate: 2020-01-01")
            .Paper("z-new", "title: New Z\nauthors: [A]\ndate: 2024-01-01")
            .Paper("a-new", "title: New A\nauthors: [A]\ndate: 2024-01-01");

        Assert.That(site.Build().Succeeded, Is.True);

        var titles = site.Html("index.html").QuerySelectorAll(".card-title a").Select(a => a.TextContent);
        Assert.That(titles, Is.EqualTo(new[] { "New A", "New Z", "Old" }));
    }

    [Test]
    public void TagsWithTheSameSlugShareOnePage()
    {
        using var site = new TestSite()
            .Paper("one", "title: One\nauthors: [A]\ndate: 2024-01-01\ntags: [cs.CV]")
            .Paper("two", "title: Two\nauthors: [A]\ndate: 2023-01-01\ntags: [cs.cv, Vision]");

        Assert.That(site.Build().Succeeded, Is.True);

        var items = site.Html("tags/cs.cv/index.html").QuerySelectorAll(".card-title a").Select(a => a.TextContent);
        Assert.That(items, Is.EqualTo(new[] { "One", "Two" }));
        Assert.That(site.Exists("tags/vision/index.html"), Is.True);
    }

    [Test]
    public void DraftsAreLeftOutUnlessAskedFor()
    {
        using var site = new TestSite()
            .Paper("done", "title: Done\nauthors: [A]\ndate: 2024-01-01")
            .Paper("wip", "title: Work in progress\nauthors: [A]\ndate: 2024-02-01\ndraft: true\ntags: [secret]");

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Exists("papers/wip/index.html"), Is.False);
        Assert.That(site.Exists("tags/secret/index.html"), Is.False);
        Assert.That(site.Read("feed.xml"), Does.Not.Contain("Work in progress"));

        Assert.That(site.Build(drafts: true).Succeeded, Is.True);
        Assert.That(site.Exists("papers/wip/index.html"), Is.True);
    }

    [Test]
    public void TheOwnerIsHighlightedAndLongListsEndWithEtAl()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [Ann Lee, Bo Li, Cy Ng, Di Wu, Ada Lovelace, Ed Yu]\ndate: 2024-01-01");

        Assert.That(site.Build().Succeeded, Is.True);

        var card = site.Html("index.html").QuerySelector(".card .authors")!;
        Assert.That(card.TextContent, Is.EqualTo("Ann Lee, Bo Li, Cy Ng, …, Ada Lovelace et\u00a0al."));
        Assert.That(card.QuerySelector("strong.owner")!.TextContent, Is.EqualTo("Ada Lovelace"));
        var full = site.Html("papers/p/index.html").QuerySelector(".authors-full")!;
        Assert.That(full.TextContent, Is.EqualTo("Ann Lee, Bo Li, Cy Ng, Di Wu, Ada Lovelace, Ed Yu"));
    }

    [Test]
    public void AHomePageOverAMegabyteIsWrittenWhole()
    {
        using var site = new TestSite();
        var abstractText = string.Concat(Enumerable.Repeat("A sentence of an abstract that goes on. ", 80));
        for (var i = 0; i < 400; i++)
        {
            site.Paper($"p{i:000}", $"title: Paper {i}\nauthors: [A]\ndate: 2024-01-01\nabstract: {abstractText}");
        }

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Read("index.html").Length, Is.GreaterThan(1 << 20));
        Assert.That(site.Html("index.html").QuerySelectorAll(".card-title a"), Has.Length.EqualTo(400));
        Assert.That(site.Html("index.html").QuerySelector("footer"), Is.Not.Null);
    }
}
