namespace Scholarly.Import;

/// <summary>
/// BibTeX's name lists: "A and B and others", each name as "First von Last", "von Last, First" or
/// "von Last, Jr, First"; a name in braces ({Google DeepMind}) is one name whatever it holds.
/// </summary>
internal static partial class BibtexNames
{
    /// <summary>The names as a reader writes them ("Ada Lovelace", "Ludwig van Beethoven", "Google DeepMind"), and whether the list ends with "others".</summary>
    public static (IReadOnlyList<string> Names, bool Others) Parse(string latex)
    {
        var names = new List<string>();
        var others = false;
        var collapsed = string.Join(' ', latex.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.EndsWith(" and", StringComparison.OrdinalIgnoreCase))
        {
            collapsed = collapsed[..^4];
        }

        foreach (var part in SplitTopLevel(collapsed, " and "))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0 || trimmed.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                // "{ and }" or "A and and B": a separator with no name on one side.
                continue;
            }

            if (trimmed.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                others = true;
                continue;
            }

            names.Add(Display(trimmed));
        }

        return (names, others);
    }

    /// <summary>One name, reordered to "First von Last Jr" as a reader writes it.</summary>
    public static string Display(string name)
    {
        // DBLP tells namesakes apart with a number ("Wei Zhang 0042"); a reader writes the name without it.
        var parts = SplitTopLevel(name, ",").Select(p => DblpNumber().Replace(p.Trim(), "")).ToList();
        string first, last, jr = "";
        if (parts.Count == 1)
        {
            var words = Words(parts[0]);
            if (words.Count == 1)
            {
                return LatexDecoder.ToText(words[0]);
            }

            // First von Last: the von part starts at the first lower-case word that is not the last word.
            var vonStart = words.FindIndex(0, words.Count - 1, IsLowerCaseWord);
            first = string.Join(' ', words.Take(vonStart < 0 ? words.Count - 1 : vonStart));
            last = string.Join(' ', words.Skip(vonStart < 0 ? words.Count - 1 : vonStart));
        }
        else
        {
            last = parts[0];
            jr = parts.Count > 2 ? parts[1] : "";
            first = parts[^1];
        }

        var display = string.Join(' ', new[] { first, last, jr }.Where(p => p.Length > 0));
        return LatexDecoder.ToText(display);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex DblpNumber();

    /// <summary>Whitespace-separated words at brace depth 0 (a braced group is one word).</summary>
    private static List<string> Words(string text) =>
        [.. SplitTopLevel(text.Replace('~', ' '), " ").Select(w => w.Trim()).Where(w => w.Length > 0)];

    /// <summary>A "von" word starts with a lower-case letter (after any LaTeX command such as \v{}).</summary>
    private static bool IsLowerCaseWord(string word)
    {
        var text = LatexDecoder.ToText(word);
        return word.Length > 0 && word[0] != '{' && text.Length > 0 && char.IsLower(text[0]);
    }

    /// <summary>Splits at <paramref name="separator"/> (case-insensitive) outside braces.</summary>
    private static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && string.Compare(text, i, separator, 0, separator.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(text[start..i]);
                i += separator.Length - 1;
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
