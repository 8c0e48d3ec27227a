using System.Globalization;
using System.Text;

namespace Scholarly.Model;

/// <summary>URL-safe names: lower-case ASCII letters, digits, '-' and '.', accents folded (Marković → markovic).</summary>
public static class Slug
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

        return builder.ToString().Trim('.', '-');
    }

    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        '.' => ".",
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
