using Scholarly.Citation;

namespace Scholarly.Tests.Citation;

public class LatexTextTests
{
    [TestCase("Café Müller", "Caf{\\'e} M{\\\"u}ller")]
    [TestCase("Łukasz Marković", "{\\L}ukasz Markovi{\\'c}")]
    [TestCase("Garçon Dvořák", "Gar{\\c{c}}on Dvo{\\v{r}}{\\'a}k")]
    [TestCase("50% of R&D #1 costs $5", "50\\% of R\\&D \\#1 costs \\$5")]
    [TestCase("x_y {z} ~ a^b", "x\\_y \\{z\\} \\textasciitilde{} a\\textasciicircum{}b")]
    [TestCase("Top-$k$ and $O(n \\log n)$", "Top-$k$ and $O(n \\log n)$")]
    [TestCase("王伟", "王伟")]
    [TestCase("ROLL Flash -- Fast", "ROLL Flash -{}- Fast")]
    [TestCase("a – b — c", "a -- b --- c")]
    public void EscapesSpecialsAndSpellsAccents(string text, string expected) =>
        Assert.That(LatexText.Escape(text), Is.EqualTo(expected));

    [Test]
    public void TitlesKeepTheirCapitals() =>
        Assert.That(LatexText.Escape("RTP-LLM: a Fast Engine for $k$-NN", protectCapitals: true), Is.EqualTo("{RTP-LLM:} a {Fast} {Engine} for $k${-NN}"));
}
