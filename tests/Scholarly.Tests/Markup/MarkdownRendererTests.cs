using Scholarly.Markup;

namespace Scholarly.Tests.Markup;

public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Markdown = new();

    [TestCase("Top-$k$ selection", "k")]
    [TestCase(@"a 2\(\times\) speedup", @"\times")]
    [TestCase(@"1.54$\times$ faster", @"\times")]
    [TestCase(@"at $256\times256$ pixels", @"256\times256")]
    [TestCase(@"display \[x^2\] math", "x^2")]
    public void KeepsInlineMathIntactInDataTex(string markdown, string tex)
    {
        var html = Markdown.ToHtml(markdown);

        Assert.That(html, Does.Contain($"data-tex=\"{tex}\""));
    }

    [Test]
    public void TypesetsSimpleMathAsReadableHtml()
    {
        Assert.That(Markdown.ToInlineHtml(@"$Acc_{Ex}$ is $2\times$ and $x^2 \leq \alpha$"),
            Is.EqualTo("<span class=\"math\" data-tex=\"Acc_{Ex}\">Acc<sub>Ex</sub></span> is <span class=\"math\" data-tex=\"2\\times\">2×</span> and <span class=\"math\" data-tex=\"x^2 \\leq \\alpha\">x<sup>2</sup> ≤ α</span>"));
    }

    [TestCase("costs $5 and $10 each")]
    [TestCase(@"an escaped \$ sign")]
    [TestCase("a lone $ sign")]
    public void DollarsThatAreNotMathStayText(string markdown)
    {
        Assert.That(Markdown.ToHtml(markdown), Does.Not.Contain("class=\"math"));
    }

    [Test]
    public void RawHtmlIsEscaped()
    {
        var html = Markdown.ToHtml("Hello <script>alert(1)</script> <b>bold</b>");

        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public void MathContentIsEscaped()
    {
        Assert.That(Markdown.ToHtml("$a<b$"), Does.Contain("data-tex=\"a&lt;b\"").And.Contain(">a&lt;b<"));
    }

    [Test]
    public void InlineRenderingDropsTheParagraph()
    {
        Assert.That(Markdown.ToInlineHtml("A *title*"), Is.EqualTo("A <em>title</em>"));
    }
}
