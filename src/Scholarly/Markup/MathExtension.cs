using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Scholarly.Markup;

/// <summary>Plugs <see cref="MathInlineParser"/> and <see cref="MathInlineRenderer"/> into a pipeline.</summary>
internal sealed class MathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new MathInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MathInlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new MathInlineRenderer());
        }
    }
}
