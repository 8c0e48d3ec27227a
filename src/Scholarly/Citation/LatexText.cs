using System.Globalization;
using System.Text;

namespace Scholarly.Citation;

/// <summary>
/// Writes Unicode text as BibTeX field content that both BibTeX and biber read back to the same text:
/// LaTeX specials escaped, accented Latin letters as accent commands ({\"o}), math ($k$) kept as math,
/// and, in titles, the words whose case a style must not change (acronyms, inner capitals) in braces, as careful
/// hand-kept entries do: "{GBA}: A Tuning-free Approach", "{DiT}", "{LLMs}", "Top-$k$".
/// </summary>
internal static class LatexText
{
    private static readonly Dictionary<char, string> Accents = new()
    {
        ['\u0301'] = "\\'", ['\u0300'] = "\\`", ['\u0302'] = "\\^", ['\u0308'] = "\\\"", ['\u0303'] = "\\~",
        ['\u0304'] = "\\=", ['\u0307'] = "\\.", ['\u0327'] = "\\c ", ['\u030C'] = "\\v ", ['\u0306'] = "\\u ",
        ['\u030B'] = "\\H ", ['\u0328'] = "\\k ", ['\u030A'] = "\\r ",
    };

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "\\ss", ['ø'] = "\\o", ['Ø'] = "\\O", ['ł'] = "\\l", ['Ł'] = "\\L", ['æ'] = "\\ae", ['Æ'] = "\\AE",
        ['œ'] = "\\oe", ['Œ'] = "\\OE", ['ı'] = "\\i", ['ȷ'] = "\\j", ['å'] = "\\aa", ['Å'] = "\\AA",
    };

    private static readonly Dictionary<char, string> Specials = new()
    {
        ['\\'] = "\\textbackslash{}", ['{'] = "\\{", ['}'] = "\\}", ['&'] = "\\&", ['%'] = "\\%", ['$'] = "\\$",
        ['#'] = "\\#", ['_'] = "\\_", ['~'] = "\\textasciitilde{}", ['^'] = "\\textasciicircum{}",
        ['\u00a0'] = "~", ['–'] = "--", ['—'] = "---",
    };

    /// <summary>Field content for <paramref name="text"/>; with <paramref name="protectCapitals"/>, acronyms and words with inner capitals are braced.</summary>
    public static string Escape(string text, bool protectCapitals = false)
    {
        var output = new StringBuilder(text.Length + 16);
        var position = 0;
        var textStart = 0;
        while (position < text.Length)
        {
            var mathStart = text.IndexOf('$', position);
            if (mathStart < 0)
            {
                break;
            }

            var mathEnd = MathEnd(text, mathStart);
            if (mathEnd < 0)
            {
                position = mathStart + 1;
                continue;
            }

            AppendText(output, text[textStart..mathStart], protectCapitals);
            output.Append(text, mathStart, mathEnd - mathStart + 1);
            position = textStart = mathEnd + 1;
        }

        AppendText(output, text[textStart..], protectCapitals);

        return output.ToString();
    }

    /// <summary>Text outside math: specials escaped, accents spelt, words that keep their case braced when asked.</summary>
    private static void AppendText(StringBuilder output, string text, bool protectCapitals)
    {
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                output.Append(' ');
            }

            var word = words[w];
            var (start, end) = Core(word);
            if (!protectCapitals || !KeepsItsCase(word[start..end]))
            {
                output.Append(EscapeCharacters(word));
                continue;
            }

            // Punctuation around the word stays outside the braces: "{GBA}:", "({CPT})".
            output.Append(EscapeCharacters(word[..start]))
                .Append('{').Append(EscapeCharacters(word[start..end])).Append('}')
                .Append(EscapeCharacters(word[end..]));
        }
    }

    /// <summary>The span of <paramref name="word"/> from its first to its last letter or digit.</summary>
    private static (int Start, int End) Core(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>
    /// True when a part of the (hyphenated) word has a capital after its first letter: "GBA", "DiT", "LLMs",
    /// "D-CPT", "2D". A capital that only starts a word ("Example", "Cross-Layer") is the style's to change.
    /// </summary>
    private static bool KeepsItsCase(string core)
    {
        foreach (var part in core.Split('-'))
        {
            for (var i = 1; i < part.Length; i++)
            {
                if (char.IsUpper(part[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string EscapeCharacters(string word)
    {
        var output = new StringBuilder(word.Length + 8);
        for (var i = 0; i < word.Length; i++)
        {
            var letter = word[i];
            if (letter == '-' && i + 1 < word.Length && word[i + 1] == '-')
            {
                // TeX reads "--" as an en dash; "-{}-" keeps the two hyphens the title has.
                output.Append("-{}");
            }
            else if (Specials.TryGetValue(letter, out var special))
            {
                output.Append(special);
            }
            else if (Letters.TryGetValue(letter, out var named))
            {
                output.Append('{').Append(named).Append('}');
            }
            else if (letter > 127 && !char.IsSurrogate(letter) && Decompose(letter) is { } accented)
            {
                output.Append(accented);
            }
            else
            {
                output.Append(letter);
            }
        }

        return output.ToString();
    }

    /// <summary>"é" → "{\'e}", "ç" → "{\c c}"; null when the letter is not a Latin letter with one accent we can spell.</summary>
    private static string? Decompose(char letter)
    {
        var parts = letter.ToString().Normalize(NormalizationForm.FormD);
        if (parts.Length != 2 || parts[0] > 127 || !char.IsLetter(parts[0]) || !Accents.TryGetValue(parts[1], out var accent))
        {
            return null;
        }

        var baseLetter = parts[0] switch
        {
            'i' => "\\i",
            'j' => "\\j",
            var c => c.ToString(CultureInfo.InvariantCulture),
        };
        return accent.EndsWith(' ') ? $"{{{accent.TrimEnd()}{{{baseLetter}}}}}" : $"{{{accent}{baseLetter}}}";
    }

    /// <summary>Math is copied as written only when its braces balance: "$x},note={y$" must not end the field early.</summary>
    private static bool BracesBalance(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>
    /// The '$' that closes math opened at <paramref name="start"/>, or -1: as in the Markdown, math does not start
    /// before a space nor end after one, so "$5 and $10" stays text.
    /// </summary>
    private static int MathEnd(string text, int start)
    {
        if (start + 1 >= text.Length || char.IsWhiteSpace(text[start + 1]))
        {
            return -1;
        }

        var end = text.IndexOf('$', start + 1);
        return end > start + 1 && !char.IsWhiteSpace(text[end - 1]) && BracesBalance(text, start + 1, end) ? end : -1;
    }
}
