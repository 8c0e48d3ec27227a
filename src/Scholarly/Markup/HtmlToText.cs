using System.Net;
using System.Text.RegularExpressions;
using Scholarly.Text;

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
        if (html.Contains("data-tex=\"", StringComparison.Ordinal))
        {
            html = TypesetMath().Replace(html, math => HtmlText.Escape(TexToText.Convert(WebUtility.HtmlDecode(math.Groups["tex"].Value))));
        }

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

    /// <summary>
    /// A formula as <see cref="MathInlineRenderer"/> writes it: MathML (or, failed, the TeX as written) after the TeX
    /// in <c>data-tex</c>, which is what plain text is read from ("ℝ^d", not the "R d" of the MathML's text).
    /// </summary>
    [GeneratedRegex(@"<span class=""math[^""]*""(?: tabindex=""0"")? data-tex=""(?<tex>[^""]*)""><math\b.*?</math></span>|<code class=""math-error"" data-tex=""(?<tex>[^""]*)"">[^<]*</code>", RegexOptions.Singleline)]
    private static partial Regex TypesetMath();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
