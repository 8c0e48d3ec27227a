namespace Scholarly.Templating;

/// <summary>
/// WCAG 2 contrast between HSL colours, so a theme can give every category a hue of its own and still meet AA: the
/// ink's lightness is computed per hue, never tuned by eye (yellow needs a far darker ink than blue on a light tint).
/// </summary>
internal static class ColorContrast
{
    /// <summary>WCAG AA for normal text.</summary>
    public const double TextRatio = 4.5;

    /// <summary>
    /// The lightest ink, at most <paramref name="start"/>% and in whole percents, of hue <paramref name="hue"/> and
    /// <paramref name="saturation"/>% that reaches <paramref name="ratio"/> on the background of the same hue at
    /// <paramref name="backgroundSaturation"/>% and <paramref name="backgroundLightness"/>%.
    /// </summary>
    public static int InkLightness(double hue, double saturation, double backgroundSaturation, double backgroundLightness, double start, double ratio = TextRatio) =>
        // Every card of every list asks, with a few hundred distinct questions in all: answer each once.
        Inks.GetOrAdd((hue, saturation, backgroundSaturation, backgroundLightness, start, ratio), key =>
            Search(key.Hue, key.Saturation, key.BackgroundSaturation, key.BackgroundLightness, key.Start, key.Ratio));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double Hue, double Saturation, double BackgroundSaturation, double BackgroundLightness, double Start, double Ratio), int> Inks = new();

    private static int Search(double hue, double saturation, double backgroundSaturation, double backgroundLightness, double start, double ratio)
    {
        var background = Luminance(hue, backgroundSaturation, backgroundLightness);
        for (var lightness = (int)Math.Floor(start); lightness > 0; lightness--)
        {
            if (Ratio(Luminance(hue, saturation, lightness), background) >= ratio)
            {
                return lightness;
            }
        }

        return 0;
    }

    /// <summary>The contrast ratio of two relative luminances, 1 to 21.</summary>
    public static double Ratio(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

    /// <summary>Relative luminance (WCAG 2) of the sRGB colour hsl(hue, saturation%, lightness%).</summary>
    public static double Luminance(double hue, double saturation, double lightness)
    {
        var (r, g, b) = Rgb(hue, saturation / 100, lightness / 100);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static double Linear(double channel) => channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);

    /// <summary>CSS Color 4's hsl() to sRGB, each channel 0 to 1.</summary>
    private static (double R, double G, double B) Rgb(double hue, double saturation, double lightness)
    {
        double Channel(double n)
        {
            var k = (n + (((hue % 360) + 360) % 360 / 30)) % 12;
            var a = saturation * Math.Min(lightness, 1 - lightness);
            return lightness - (a * Math.Max(-1, Math.Min(Math.Min(k - 3, 9 - k), 1)));
        }

        return (Channel(0), Channel(8), Channel(4));
    }
}
