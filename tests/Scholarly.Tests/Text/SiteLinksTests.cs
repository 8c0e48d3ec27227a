using Scholarly.Text;

namespace Scholarly.Tests.Text;

/// <summary>Every link the site writes to its own paths comes from one type: pages, the 404 page and feeds.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SiteLinksTests
{
    private static readonly Uri BaseUrl = new("https://ada.github.io/site/");

    [TestCase("", "tags/x/", "tags/x/")]
    [TestCase("", "", "./")]
    [TestCase("papers/gba/", "tags/x/", "../../tags/x/")]
    [TestCase("papers/gba/", "/cv.pdf", "../../cv.pdf")]
    [TestCase("404.html", "tags/x/", "/site/tags/x/")]
    public void PageRelativeLinksLeadFromThePageWithTheNotFoundPageRootRelative(string page, string target, string expected)
    {
        Assert.That(new SiteLinks(BaseUrl, LinkStyle.PageRelative).From(page, target), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("papers/gba/")]
    [TestCase("404.html")]
    public void RootRelativeLinksStartWithTheBasePathOnEveryPage(string page)
    {
        Assert.That(new SiteLinks(BaseUrl, LinkStyle.RootRelative).From(page, "tags/x/"), Is.EqualTo("/site/tags/x/"));
    }

    [Test]
    public void MarkdownsRootPlaceholderBecomesThePagesWayToTheRootOrAFullAddressInFeeds()
    {
        var links = new SiteLinks(BaseUrl, LinkStyle.PageRelative);
        var html = $"<a href=\"{SiteLinks.RootPlaceholder}files/a.pdf\">a</a> and the text {SiteLinks.RootPlaceholder} left alone";

        Assert.That(links.ResolveInPage(html, "papers/gba/"), Is.EqualTo($"<a href=\"../../files/a.pdf\">a</a> and the text {SiteLinks.RootPlaceholder} left alone"));
        Assert.That(links.ResolveAbsolute(html), Does.StartWith("<a href=\"https://ada.github.io/site/files/a.pdf\">"));
        Assert.That(links.Absolute("/feed.xml"), Is.EqualTo("https://ada.github.io/site/feed.xml"));
    }
}
