using Scholarly.Templating;

namespace Scholarly.Tests.Templating;

/// <summary>The badge inks are computed to meet WCAG AA on their tint, for every hue the hue helper can give.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ColorContrastTests
{
    [Test]
    public void LuminanceAndRatioMatchWcagsReferencePoints()
    {
        Assert.That(ColorContrast.Ratio(ColorContrast.Luminance(0, 0, 100), ColorContrast.Luminance(0, 0, 0)), Is.EqualTo(21).Within(1e-9));
        Assert.That(ColorContrast.Luminance(0, 100, 50), Is.EqualTo(0.2126).Within(1e-4), "pure red");
        Assert.That(ColorContrast.Luminance(120, 100, 50), Is.EqualTo(0.7152).Within(1e-4), "pure green");
        Assert.That(ColorContrast.Ratio(ColorContrast.Luminance(0, 0, 46.7), ColorContrast.Luminance(0, 0, 100)), Is.EqualTo(4.5).Within(0.1), "#777 on white is about 4.5:1");
    }

    [Test]
    public void EveryHueGetsTheLightestInkThatMeetsAaOnItsTint()
    {
        for (var hue = 0; hue < 360; hue++)
        {
            var ink = ColorContrast.InkLightness(hue, 60, 70, 94, 40);
            var tint = ColorContrast.Luminance(hue, 70, 94);

            Assert.That(ColorContrast.Ratio(ColorContrast.Luminance(hue, 60, ink), tint), Is.GreaterThanOrEqualTo(4.5), $"hue {hue}");
            Assert.That(ink == 40 || ColorContrast.Ratio(ColorContrast.Luminance(hue, 60, ink + 1), tint) < 4.5, $"hue {hue}: {ink}% is the lightest");
        }

        Assert.That(ColorContrast.InkLightness(55, 60, 70, 94, 40), Is.LessThan(ColorContrast.InkLightness(220, 60, 70, 94, 40)), "yellow needs a darker ink than blue");
    }
}
