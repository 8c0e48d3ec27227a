using Markdig;

namespace Scholarly.Markup;

/// <summary>
/// The one Markdown pipeline of a build: CommonMark plus tables, auto-links, footnotes, smart
/// emphasis extras and math kept intact (<c>$k$</c>, <c>\(\times\)</c>) for a math renderer to typeset.
/// </summary>
/// <remarks>
/// Thread-safe: a <see cref="MarkdownPipeline"/> is immutable once built, so the load phase shares one.
/// Raw HTML in content is escaped, so a stray &lt;script&gt; in an abstract shows as text.
/// </remarks>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseFootnotes()
            .DisableHtml();
        builder.Extensions.AddIfNotAlready<MathExtension>();
        _pipeline = builder.Build();
    }

    /// <summary>Renders a block of Markdown (paragraphs, lists, ...) to HTML.</summary>
    public string ToHtml(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToHtml(markdown, _pipeline);

    /// <summary>Renders one line of Markdown without the surrounding paragraph, for titles and labels.</summary>
    public string ToInlineHtml(string markdown)
    {
        var html = ToHtml(markdown).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return html[3..^4];
        }

        return html;
    }
}
