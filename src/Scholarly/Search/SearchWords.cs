using System.Globalization;
using System.Text;

namespace Scholarly.Search;

/// <summary>
/// How text becomes the words of the search index, the same rules the theme's <c>search.js</c> applies to a query
/// (tested against each other): accents and case dropped ("Schölkopf", "SCHOLKOPF" → "scholkopf"), letters with no
/// decomposition spelt out ("ø" → "o", "ß" → "ss"), words split at anything but a letter or digit, a character of
/// Chinese or Japanese a word of its own (those scripts put no space between words), one-letter words and the
/// commonest English words left out.
/// </summary>
internal static class SearchWords
{
    /// <summary>The words no one searches for and nearly every abstract holds: an index without them is a third smaller.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on", "or",
        "that", "the", "this", "to", "was", "we", "were", "which", "with",
    };

    /// <summary>What <see cref="Each"/> calls with each word: a span of the folded text, valid during the call only.</summary>
    public delegate void WordVisitor(ReadOnlySpan<char> word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        ((HashSet<string>)StopWords).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Each(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>Calls <paramref name="visit"/> with each word of <paramref name="text"/>, in order, without making a string of it.</summary>
    public static void Each(string text, WordVisitor visit)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (char.IsLetterOrDigit(c) && !IsIdeographic(c))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= 2 && !StopWordLookup.Contains(folded.AsSpan(start, i - start)))
            {
                visit(folded.AsSpan(start, i - start));
            }

            start = -1;
            if (char.IsLetterOrDigit(c))
            {
                visit(folded.AsSpan(i, 1));
            }
        }
    }

    /// <summary>
    /// The file of the index a word's postings are in: its first letter or digit ("_" for the rest), and with
    /// <paramref name="letters"/> 2, which a large site's index has, its second too ("s0" for any digit, "s_" for
    /// the rest). Every word of a query has at least two characters or is in "_".
    /// </summary>
    public static string ShardOf(string word, int letters)
    {
        var first = word[0] is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? word[0] : '_';
        if (first == '_' || letters == 1 || word.Length < 2)
        {
            return first.ToString();
        }

        var second = word[1] switch
        {
            >= 'a' and <= 'z' => word[1],
            >= '0' and <= '9' => '0',
            _ => '_',
        };
        return string.Concat(first, second);
    }

    /// <summary>Every shard name of an index that splits words by <paramref name="letters"/> letters.</summary>
    public static IReadOnlyList<string> Shards(int letters) => letters == 1
        ? [.. Firsts.Select(c => c.ToString()), "_"]
        : [.. Firsts.SelectMany(first => Seconds.Select(second => string.Concat(first, second))), .. Firsts.Select(c => c.ToString()), "_"];

    private const string Firsts = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Seconds = "abcdefghijklmnopqrstuvwxyz0_";

    /// <summary>Decomposed, marks dropped, lower case, the letters that do not decompose spelt out.</summary>
    public static string Fold(string text)
    {
        // Most text is ASCII, which has no accents to drop and no letters to spell out.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            _ = lower switch
            {
                'ø' => folded.Append('o'),
                'æ' => folded.Append("ae"),
                'œ' => folded.Append("oe"),
                'ß' => folded.Append("ss"),
                'ł' => folded.Append('l'),
                'đ' or 'ð' => folded.Append('d'),
                'þ' => folded.Append("th"),
                'ı' => folded.Append('i'),
                'ħ' => folded.Append('h'),
                'ς' => folded.Append('σ'),
                _ => folded.Append(lower),
            };
        }

        return folded.ToString();
    }

    /// <summary>Kana and the CJK ideographs: scripts written without spaces, so each character is searched alone.</summary>
    private static bool IsIdeographic(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
