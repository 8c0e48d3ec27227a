using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Tests.Model;

public class SlugTests
{
    [TestCase("RTP-LLM", "rtp-llm")]
    [TestCase("Qwen-Image 2.0: Technical Report", "qwen-image-2.0-technical-report")]
    [TestCase("  Łukasz Marković  ", "lukasz-markovic")]
    [TestCase("Straße & Æther", "strasse-aether")]
    [TestCase("cs.CV", "cs.cv")]
    [TestCase("../../etc/passwd", "etc-passwd")]
    [TestCase("...", "")]
    [TestCase("机器学习", "")]
    public void IsUrlSafe(string text, string expected)
    {
        var slug = Slug.From(text);

        Assert.That(slug, Is.EqualTo(expected));
        Assert.That(slug, Does.Match("^[a-z0-9.-]*$"));
    }

    [Test]
    public void TagsWithoutLatinLettersStillGetAStableSlug()
    {
        var first = Tag.SlugOf("机器学习");

        Assert.That(first, Does.Match("^tag-[0-9a-f]{8}$"));
        Assert.That(Tag.SlugOf("机器学习"), Is.EqualTo(first));
        Assert.That(Tag.SlugOf("深度学习"), Is.Not.EqualTo(first));
    }
}
