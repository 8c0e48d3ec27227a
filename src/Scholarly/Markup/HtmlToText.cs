using System.Net;
using System.Text.RegularExpressions;

namespace Scholarly.Markup;

/// <summary>Plain text from rendered HTML, for meta descriptions and structured data: tags dropped, entities decoded.</summary>
internal static partial class HtmlToText
{
    /// <remarks>
    /// Inline elements join their text to its neighbours ("&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;" reads "x2", not "x 2"); block elements
    /// and line breaks separate words.
    /// </remarks>
    public static string Convert(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(InlineTags().Replace(html, ""), " "));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>At most <paramref name="length"/> characters, cut at a word, with "…" when cut.</summary>
    public static string Excerpt(string text, int length = 160)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > length / 2 ? cut : length - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    [GeneratedRegex(@"</?(?:a|abbr|b|bdi|cite|code|data|dfn|em|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u|var)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
