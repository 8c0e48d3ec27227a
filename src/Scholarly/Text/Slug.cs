using System.Globalization;
using System.Text;

namespace Scholarly.Text;

/// <summary>URL-safe names: lower-case ASCII letters, digits, '-' and '.', accents folded (Marković → markovic).</summary>
internal static class Slug
{
    /// <summary>
    /// The slug of <paramref name="text"/>; empty when nothing URL-safe is left (a title in CJK script, say).
    /// Dots are kept so arXiv categories stay readable (cs.CV → cs.cv); runs of anything else become one '-'.
    /// </summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(folded);
        }

        var slug = builder.ToString().Trim('.', '-');
        return slug.Length <= MaxLength ? slug : Shorten(slug);
    }

    /// <summary>Long enough for any sensible address, short enough for every file system's name limit.</summary>
    public const int MaxLength = 80;

    /// <summary>Cuts at the last '-' that keeps the slug within <see cref="MaxLength"/>, so words stay whole.</summary>
    private static string Shorten(string slug)
    {
        var cut = slug.LastIndexOf('-', MaxLength);
        return slug[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim('.', '-');
    }

    /// <summary>
    /// True when <see cref="From"/> keeps every letter and digit of <paramref name="text"/> (accents folded), so two
    /// different texts are unlikely to share a slug; false for text in a script it cannot spell (机器学习 2 → "2").
    /// </summary>
    public static bool KeepsAllLetters(string text) =>
        text.Normalize(NormalizationForm.FormKD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            .All(c => Fold(c) is not null);

    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        '.' => ".",
        '+' => "-plus",
        '#' => "-sharp",
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        _ => null,
    };
}
