using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Scholarly.Markup;

/// <summary>
/// Plugs <see cref="MathInlineParser"/> and <see cref="MathInlineRenderer"/> into a pipeline, and keeps math on one
/// line with the word it touches.
/// </summary>
internal sealed class MathExtension(MathCache math) : IMarkdownExtension
{
    /// <summary>The class of the span around a word and the math that touches it ("Top-$k$"): a theme sets it nowrap.</summary>
    public const string NoBreakClass = "nobreak";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new MathInlineParser());
            pipeline.DocumentProcessed += KeepWithTheWordBefore;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MathInlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new MathInlineRenderer(math));
        }
    }

    /// <summary>
    /// "Top-$k$": a browser may break after the hyphen, leaving "Top-" at the end of a line and "k" on the next.
    /// The end of the text before the math (from its last space) and the math go into one span.nobreak.
    /// </summary>
    private static void KeepWithTheWordBefore(MarkdownDocument document)
    {
        foreach (var math in document.Descendants<MathInline>().ToList())
        {
            if (math.PreviousSibling is not LiteralInline { Content: { IsEmpty: false } text } literal || char.IsWhiteSpace(text.Text[text.End]))
            {
                continue;
            }

            var wordStart = text.End;
            while (wordStart > text.Start && !char.IsWhiteSpace(text.Text[wordStart - 1]))
            {
                wordStart--;
            }

            Inline word = literal;
            if (wordStart > text.Start)
            {
                word = new LiteralInline(new StringSlice(text.Text, wordStart, text.End));
                literal.Content = new StringSlice(text.Text, text.Start, wordStart - 1);
                literal.InsertAfter(word);
            }

            word.InsertBefore(new HtmlInline($"<span class=\"{NoBreakClass}\">"));
            math.InsertAfter(new HtmlInline("</span>"));
        }
    }
}
