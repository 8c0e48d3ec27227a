using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Scholarly.Markup;

/// <summary>
/// Reads inline math in all the spellings abstracts use: <c>$...$</c>, <c>$$...$$</c>, <c>\(...\)</c> and <c>\[...\]</c>.
/// </summary>
/// <remarks>
/// Replaces Markdig's dollar parser, which refuses a <c>$</c> right after a digit (arXiv's "1.54$\times$ faster").
/// Rules that keep prices from turning into math: the opening <c>$</c> is not followed by a space, the closing one
/// is not preceded by a space nor followed by a digit, and both are on one paragraph.
/// Without this parser CommonMark would also read <c>\(</c> as an escaped parenthesis and drop the backslash,
/// so it runs before the escape parser.
/// </remarks>
internal sealed class MathInlineParser : InlineParser
{
    public MathInlineParser()
    {
        OpeningCharacters = ['$', '\\'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        string open, close;
        if (slice.CurrentChar == '\\')
        {
            var next = slice.PeekChar();
            if (next is not ('(' or '['))
            {
                return false;
            }

            open = next == '(' ? "\\(" : "\\[";
            close = next == '(' ? "\\)" : "\\]";
        }
        else
        {
            open = slice.PeekChar() == '$' ? "$$" : "$";
            close = open;
            if (start > 0 && text[start - 1] == '\\')
            {
                return false;
            }
        }

        var contentStart = start + open.Length;
        if (contentStart > slice.End || char.IsWhiteSpace(text[contentStart]) && open[0] == '$')
        {
            return false;
        }

        var end = FindClose(text, contentStart, slice.End, close);
        if (end < 0)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new MathInline
        {
            Delimiter = '$',
            DelimiterCount = open.Length == 2 && open[0] == '$' || open == "\\[" ? 2 : 1,
            Content = new StringSlice(text, contentStart, end - 1),
            Span = new SourceSpan(position, position + (end + close.Length - start) - 1),
            Line = line,
            Column = column,
        };
        processor.Inline.SetData(MathProblem.AsWrittenKey, text.Substring(start, end + close.Length - start));
        slice.Start = end + close.Length;
        return true;
    }

    /// <summary>The index of the closing delimiter, or -1; a backslash escapes the next character.</summary>
    private static int FindClose(string text, int from, int last, string close)
    {
        for (var i = from; i <= last; i++)
        {
            var c = text[i];
            if (close[0] == '$' && c == '\\' && i + 1 <= last && text[i + 1] == '$')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, close, 0, close.Length) != 0 || i + close.Length - 1 > last)
            {
                if (c == '\\' && close[0] == '\\' && i + 1 <= last && text[i + 1] == '\\')
                {
                    i++;
                }

                continue;
            }

            if (close[0] == '$')
            {
                var after = i + close.Length;
                if (char.IsWhiteSpace(text[i - 1]) || after <= last && char.IsDigit(text[after]) || i == from)
                {
                    continue;
                }
            }

            return i;
        }

        return -1;
    }
}
