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
    public static string From(string text) => Make(text, MaxLength);

    /// <summary>
    /// The slug of a name the user chose (a file name, a <c>slug:</c>): cut only past <see cref="MaxNameLength"/>, so a
    /// paper's address is its file's name, however long.
    /// </summary>
    public static string OfName(string name) => Make(name, MaxNameLength);

    private static string Make(string text, int maxLength)
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
        return slug.Length <= maxLength ? slug : Shorten(slug, maxLength);
    }

    /// <summary>How long a slug made from a text (a title, a name) may be: long enough for any sensible address.</summary>
    public const int MaxLength = 80;

    /// <summary>How long a slug the user chose may be: within every file system's limit of 255 bytes for a name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Cuts at the last '-' that keeps the slug within <paramref name="maxLength"/>, so words stay whole.</summary>
    private static string Shorten(string slug, int maxLength)
    {
        var cut = slug.LastIndexOf('-', maxLength);
        return slug[..(cut > maxLength / 2 ? cut : maxLength)].Trim('.', '-');
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
