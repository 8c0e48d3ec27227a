using System.Text;

namespace Scholarly.Markup;

/// <summary>
/// Letters in the Unicode styles plain text can carry: double-struck (<c>\mathbb{R}</c>, "ℝ") and script
/// (<c>\mathcal{X}</c>, "𝒳"), from the Mathematical Alphanumeric Symbols block and its older letters (ℂ, ℋ, ℛ …).
/// </summary>
internal static class MathLetters
{
    /// <summary>Double-struck letters Unicode had before the block: the block leaves their places empty.</summary>
    private static readonly Dictionary<char, string> OlderDoubleStruck = new()
    {
        ['C'] = "ℂ", ['H'] = "ℍ", ['N'] = "ℕ", ['P'] = "ℙ", ['Q'] = "ℚ", ['R'] = "ℝ", ['Z'] = "ℤ",
    };

    private static readonly Dictionary<char, string> OlderScript = new()
    {
        ['B'] = "ℬ", ['E'] = "ℰ", ['F'] = "ℱ", ['H'] = "ℋ", ['I'] = "ℐ", ['L'] = "ℒ", ['M'] = "ℳ", ['R'] = "ℛ",
        ['e'] = "ℯ", ['g'] = "ℊ", ['o'] = "ℴ",
    };

    /// <summary><paramref name="letters"/> with each ASCII letter (and, double-struck, digit) in the style; the rest as it is.</summary>
    public static string Styled(string letters, bool blackboard)
    {
        var styled = new StringBuilder(letters.Length * 2);
        foreach (var c in letters)
        {
            var older = blackboard ? OlderDoubleStruck : OlderScript;
            if (older.TryGetValue(c, out var letter))
            {
                styled.Append(letter);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                styled.Append(char.ConvertFromUtf32((blackboard ? 0x1D538 : 0x1D49C) + (c - 'A')));
            }
            else if (char.IsAsciiLetterLower(c))
            {
                styled.Append(char.ConvertFromUtf32((blackboard ? 0x1D552 : 0x1D4B6) + (c - 'a')));
            }
            else if (blackboard && char.IsAsciiDigit(c))
            {
                styled.Append(char.ConvertFromUtf32(0x1D7D8 + (c - '0')));
            }
            else
            {
                styled.Append(c);
            }
        }

        return styled.ToString();
    }
}
