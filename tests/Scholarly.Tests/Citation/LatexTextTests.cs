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

    [TestCase("RTP-LLM: a Fast Engine for $k$-NN", "{RTP-LLM}: a Fast Engine for $k$-{NN}")]
    [TestCase("GBA: A Tuning-free Approach", "{GBA}: A Tuning-free Approach")]
    [TestCase("Scaling DiT with LLMs (CPT)", "Scaling {DiT} with {LLMs} ({CPT})")]
    [TestCase("Top-$k$ Retrieval in 2D for the D-CPT Law", "Top-$k$ Retrieval in {2D} for the {D-CPT} Law")]
    [TestCase("Cross-Layer Routing, Text-to-Image", "Cross-Layer Routing, Text-to-Image")]
    [TestCase("Élan of ÉCOLE and R&D", "{\\'E}lan of {{\\'E}COLE} and {R\\&D}")]
    public void TitlesBraceOnlyTheWordsThatKeepTheirCase(string title, string expected) =>
        Assert.That(LatexText.Escape(title, protectCapitals: true), Is.EqualTo(expected));
}
