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
            Is.EqualTo("<span class=\"math\" data-tex=\"Acc_{Ex}\"><i>Acc</i><sub><i>Ex</i></sub></span> is <span class=\"math\" data-tex=\"2\\times\">2×</span> and <span class=\"math\" data-tex=\"x^2 \\leq \\alpha\"><i>x</i><sup>2</sup> ≤ <i>α</i></span>"));
    }

    /// <summary>As TeX sets them: variables italic; digits, brackets, operators, function names and \text upright.</summary>
    [TestCase(@"$256\times256$", "256×256")]
    [TestCase(@"$O(n \log n)$", "<i>O</i>(<i>n</i> <span class=\"math-fn\">log</span> <i>n</i>)")]
    [TestCase(@"$\log\log n$", "<span class=\"math-fn\">log</span>\u2009<span class=\"math-fn\">log</span> <i>n</i>")]
    [TestCase(@"$n\log(n)$", "<i>n</i>\u2009<span class=\"math-fn\">log</span>(<i>n</i>)")]
    [TestCase(@"$\text{FID} = \Delta + \beta$", "<span class=\"math-text\">FID</span> = Δ + <i>β</i>")]
    public void SetsGlyphsUprightOrItalicAsTexDoes(string markdown, string typeset)
    {
        Assert.That(Markdown.ToInlineHtml(markdown), Does.Contain(">" + typeset + "</span>"));
    }

    [Test]
    public void MathTouchingAWordCannotBreakFromIt()
    {
        var html = Markdown.ToInlineHtml("Differentiable Top-$k$ and $k$ alone, or (x$^2$)");

        Assert.That(html, Is.EqualTo("Differentiable <span class=\"nobreak\">Top-<span class=\"math\" data-tex=\"k\"><i>k</i></span></span> and "
            + "<span class=\"math\" data-tex=\"k\"><i>k</i></span> alone, or <span class=\"nobreak\">(x<span class=\"math\" data-tex=\"^2\"><sup>2</sup></span></span>)"));
        Assert.That(HtmlToText.Convert(html), Is.EqualTo("Differentiable Top-k and k alone, or (x2)"));
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
        Assert.That(Markdown.ToHtml("$a<b$"), Does.Contain("data-tex=\"a&lt;b\"").And.Contain("<i>a</i>&lt;<i>b</i>"));
    }

    [Test]
    public void InlineRenderingDropsTheParagraph()
    {
        Assert.That(Markdown.ToInlineHtml("A *title*"), Is.EqualTo("A <em>title</em>"));
    }
}
