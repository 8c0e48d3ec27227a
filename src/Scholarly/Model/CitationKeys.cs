using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Scholarly.Content;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>
/// BibTeX keys in Google Scholar's familiar shape, first author's family name + year + first title word
/// ("tan2026rtp"), unique across the site: clashes get a, b, c… in date-then-slug order, so a key only changes
/// when the papers it is made from do. A paper's own BibTeX entry keeps its key.
/// </summary>
internal static partial class CitationKeys
{
    private static readonly HashSet<string> StopWords =
        ["a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "at", "by", "via", "is", "are", "towards", "toward"];

    /// <summary>A key for every paper, in <paramref name="papers"/>' order (newest first).</summary>
    public static Dictionary<Paper, string> Assign(IReadOnlyList<Paper> papers)
    {
        var keys = new Dictionary<Paper, string>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in papers)
        {
            if (OwnKeyOf(paper) is { } own)
            {
                keys[paper] = own;
                taken.Add(own);
            }
        }

        var oldestFirst = papers.Where(p => !keys.ContainsKey(p)).OrderBy(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal);
        foreach (var group in oldestFirst.GroupBy(BaseKey, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var key = members.Count == 1 ? group.Key : group.Key + Suffix(i);
                for (var n = members.Count; taken.Contains(key); n++)
                {
                    key = group.Key + Suffix(n);
                }

                taken.Add(key);
                keys[members[i]] = key;
            }
        }

        return keys;
    }

    /// <summary>
    /// Whether <paramref name="edited"/>, in <paramref name="paper"/>'s place among the same papers, gets the same key:
    /// its own BibTeX entry's key and its base key are the same, and a key is made from nothing else.
    /// </summary>
    public static bool SameKey(Paper paper, Paper edited) =>
        OwnKeyOf(paper) == OwnKeyOf(edited) && string.Equals(BaseKey(paper), BaseKey(edited), StringComparison.Ordinal);

    private static string? OwnKeyOf(Paper paper) =>
        paper.Bibtex is not null && OwnKey().Match(paper.Bibtex) is { Success: true } own ? own.Groups[1].Value : null;

    /// <summary>
    /// Each paper's base key, worked out once per paper object: a live server's rebuild keeps the objects of the papers
    /// whose files did not change (PaperReadCache), and folding every title and name again was a tenth of its wait at 10,000 papers.
    /// </summary>
    private static readonly ConditionalWeakTable<Paper, string> BaseKeys = [];

    private static string BaseKey(Paper paper) => BaseKeys.GetValue(paper, MakeBaseKey);

    private static string MakeBaseKey(Paper paper)
    {
        var author = paper.Authors.Count > 0 ? FamilyName(paper.Authors[0]) : "anon";
        var word = paper.Title.Split(' ', '-', ':', '/').Select(AsciiWord).FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? "";
        return $"{(author.Length > 0 ? author : "anon")}{paper.Date.Year}{word}";
    }

    /// <summary>The last word of "First Last" (or the part before the comma of "Last, First"), as ASCII letters.</summary>
    private static string FamilyName(string name)
    {
        var family = name.Contains(',', StringComparison.Ordinal) ? name[..name.IndexOf(',', StringComparison.Ordinal)] : name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return AsciiWord(family);
    }

    private static string AsciiWord(string text) => new([.. Slug.From(text).Where(char.IsAsciiLetterOrDigit)]);

    /// <summary>a, b, …, z, aa, ab, …</summary>
    private static string Suffix(int index) => index < 26 ? ((char)('a' + index)).ToString() : Suffix((index / 26) - 1) + (char)('a' + (index % 26));

    [GeneratedRegex(@"^@\w+\s*[{(]\s*([^\s,{}()]+)\s*,")]
    private static partial Regex OwnKey();
}
