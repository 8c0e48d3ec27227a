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
    public void TypesetsMathIntoMathMlThatNeedsNoScript()
    {
        var html = Markdown.ToInlineHtml(@"$Acc_{Ex}$ is $2\times$ and $x^2 \leq \alpha$");

        Assert.That(html, Does.StartWith("<span class=\"math\" data-tex=\"Acc_{Ex}\"><math>"));
        Assert.That(html, Does.Contain("<msub>").And.Contain("<mo>≤</mo>").And.Contain("<mi>α</mi>").And.Contain("<msup><mi>x</mi><mn class=\"tml-sml-pad\">2</mn></msup>"));
        Assert.That(html, Does.Not.Contain("<script"));
    }

    [Test]
    public void DisplayMathIsABlockOfItsOwn()
    {
        var html = Markdown.ToHtml(@"The loss $$\mathcal{L} = \sum_i \ell_i$$ is convex.");

        Assert.That(html, Does.Contain("<span class=\"math math-display\" tabindex=\"0\" data-tex=").And.Contain("<math display=\"block\""));
    }

    [Test]
    public void MathTouchingAWordCannotBreakFromIt()
    {
        var html = Markdown.ToInlineHtml("Differentiable Top-$k$ and $k$ alone, or (x$^2$)");

        Assert.That(html, Does.StartWith("Differentiable <span class=\"nobreak\">Top-<span class=\"math\" data-tex=\"k\"><math><mi>k</mi></math></span></span> and "));
        Assert.That(html, Does.Contain("<span class=\"nobreak\">(x<span class=\"math\" data-tex=\"^2\">"));
        Assert.That(HtmlToText.Convert(html), Is.EqualTo("Differentiable Top-k and k alone, or (x^2)"));
    }

    [Test]
    public void AFormulaThatDoesNotParseIsShownAsWrittenAndReported()
    {
        var problems = new List<MathProblem>();
        var html = Markdown.ToHtml("First line.\n\nWe bound $\\frac{a$ here and $x$ there.", problems.Add);

        Assert.That(html, Does.Contain("<code class=\"math-error\" data-tex=\"\\frac{a\">$\\frac{a$</code>"));
        Assert.That(html, Does.Contain("<math><mi>x</mi></math>"), "the formulas around it are typeset");
        var problem = problems.Single();
        Assert.That((problem.Line, problem.Column, problem.Source), Is.EqualTo((2, 9, "$\\frac{a$")));
        Assert.That(problem.Error, Does.Contain("Expected '}'").IgnoreCase.Or.Contain("end of input").IgnoreCase);
        Assert.That(HtmlToText.Convert(html), Is.EqualTo("First line. We bound a/ here and x there."), "plain text reads the TeX, never its commands");
    }

    [Test]
    public void AnUnknownCommandIsReportedNotRenderedInRed()
    {
        var problems = new List<MathProblem>();
        var html = Markdown.ToHtml(@"a $\notacommand{x}$ b", problems.Add);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(html, Does.Contain("code class=\"math-error\"").And.Not.Contain("merror"));
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
        Assert.That(Markdown.ToHtml("$a<b$"), Does.Contain("data-tex=\"a&lt;b\"").And.Contain("<mo>&lt;</mo>"));
    }

    [Test]
    public void InlineRenderingDropsTheParagraph()
    {
        Assert.That(Markdown.ToInlineHtml("A *title*"), Is.EqualTo("A <em>title</em>"));
    }
}
