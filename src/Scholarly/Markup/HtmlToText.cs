using System.Net;
using System.Text.RegularExpressions;

namespace Scholarly.Markup;

/// <summary>Plain text from rendered HTML, for meta descriptions and structured data: tags dropped, entities decoded.</summary>
internal static partial class HtmlToText
{
    public static string Convert(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

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

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
