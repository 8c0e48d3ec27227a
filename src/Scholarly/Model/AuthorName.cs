using System.Globalization;
using System.Text;

namespace Scholarly.Model;

/// <summary>Compares author names the way a reader would: case, accents, spacing and punctuation do not matter.</summary>
public static class AuthorName
{
    public static bool SamePerson(string a, string b) => Key(a) == Key(b);

    /// <summary>"Elena  Marković" and "elena markovic" give one key; letters of every script count (张三 ≠ 李四).</summary>
    public static string Key(string name)
    {
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
