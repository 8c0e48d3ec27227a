using System.Globalization;
using System.Text;

namespace Scholarly.Text;

/// <summary>Compares author names the way a reader would: case, accents, spacing and punctuation do not matter.</summary>
internal static class AuthorName
{
    public static bool SamePerson(string a, string b) => Key(a) == Key(b);

    /// <summary>
    /// "Elena  Marković", "elena markovic" and "Marković, Elena" give one key; letters of every script count (张三 ≠ 李四).
    /// </summary>
    public static string Key(string name)
    {
        // "Qu, Lin" is "Lin Qu": the comma form names the family first.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0)
        {
            name = name[(comma + 1)..] + " " + name[..comma];
        }

        var key = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return key.ToString();
    }
}
