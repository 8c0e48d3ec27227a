using Scholarly.Text;

namespace Scholarly.Tests.Model;

public class UrlPathTests
{
    [TestCase("", "papers/gba/", "papers/gba/")]
    [TestCase("", "", "./")]
    [TestCase("papers/gba/", "", "../../")]
    [TestCase("papers/gba/", "tags/cs.lg/", "../../tags/cs.lg/")]
    [TestCase("tags/", "assets/site.css", "../assets/site.css")]
    public void LinksArePageRelative(string from, string to, string expected) =>
        Assert.That(UrlPath.Relative(from, to), Is.EqualTo(expected));

    [Test]
    public void PagesAreWrittenAsIndexFiles()
    {
        Assert.That(UrlPath.FileOf(""), Is.EqualTo("index.html"));
        Assert.That(UrlPath.FileOf("papers/gba/"), Is.EqualTo("papers/gba/index.html"));
        Assert.That(UrlPath.FileOf("feed.xml"), Is.EqualTo("feed.xml"));
    }
}
