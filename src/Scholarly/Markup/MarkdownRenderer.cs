using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace Scholarly.Markup;

/// <summary>
/// The one Markdown pipeline of a build: CommonMark plus tables, auto-links, footnotes, smart
/// emphasis extras and math (<c>$k$</c>, <c>\(\times\)</c>) typeset into MathML at build time.
/// </summary>
/// <remarks>
/// Thread-safe: a <see cref="MarkdownPipeline"/> is immutable once built, so the load phase shares one.
/// Raw HTML in content is escaped, so a stray &lt;script&gt; in an abstract shows as text.
/// </remarks>
internal sealed partial class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly MarkdownPipeline _linklessPipeline;
    private readonly MarkdownPipeline _linePipeline;
    private readonly Lazy<MarkdownPipeline> _linkedLinePipeline;

    private readonly MathCache _math;

    /// <summary>Where formulas are typeset and kept (a paper taken from the paper store tells it which formulas it still uses).</summary>
    public MathCache Math => _math;

    /// <param name="math">Where formulas are typeset and kept: the build's cache beside the site, or one in memory.</param>
    public MarkdownRenderer(MathCache? math = null)
    {
        _math = math ??= MathCache.InMemory();
        _pipeline = ContentPipeline(withLinkPolicy: true, math);
        _linklessPipeline = ContentPipeline(withLinkPolicy: false, math);

        // Titles sit inside a link on cards: emphasis, code and math, but no links of their own.
        var line = new MarkdownPipelineBuilder().UseEmphasisExtras().DisableHtml();
        line.Extensions.Add(new MathExtension(math));
        line.Extensions.Add(new LinkPolicyExtension(linksAllowed: false));
        _linePipeline = line.Build();

        // A news item or a line of a CV stands alone, so its links are kept; built only for a site that has one.
        _linkedLinePipeline = new Lazy<MarkdownPipeline>(() =>
        {
            var linked = new MarkdownPipelineBuilder().UseEmphasisExtras().UseAutoLinks().DisableHtml();
            linked.Extensions.Add(new MathExtension(math));
            linked.Extensions.Add(new LinkPolicyExtension(linksAllowed: true));
            return linked.Build();
        });
    }

    /// <summary>A builder makes one pipeline (Build() caches it), so each variant gets a builder of its own.</summary>
    private static MarkdownPipeline ContentPipeline(bool withLinkPolicy, MathCache math)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseFootnotes()
            .DisableHtml();
        builder.Extensions.Add(new MathExtension(math));
        if (withLinkPolicy)
        {
            builder.Extensions.Add(new LinkPolicyExtension(linksAllowed: true));
        }

        return builder.Build();
    }

    /// <summary>
    /// Renders a block of Markdown (paragraphs, lists, ...) to HTML; each formula that cannot be typeset goes to
    /// <paramref name="onMathProblem"/> (the page shows it as written).
    /// </summary>
    /// <exception cref="InvalidDataException">Markdig gave up on the text (nesting thousands deep, say).</exception>
    public string ToHtml(string markdown, Action<MathProblem>? onMathProblem = null) =>
        Render(markdown, MayHaveLinks(markdown) ? _pipeline : _linklessPipeline, onMathProblem);

    /// <summary>
    /// Whether the text could hold a link: Markdown links need '[', autolinks '&lt;', bare addresses "://", "www." or
    /// "mailto:". Text with none of them skips the link policy's walk over the document.
    /// </summary>
    private static bool MayHaveLinks(string markdown) =>
        markdown.AsSpan().IndexOfAny('[', '<') >= 0 || markdown.Contains("://", StringComparison.Ordinal)
        || markdown.Contains("www.", StringComparison.OrdinalIgnoreCase) || markdown.Contains("mailto:", StringComparison.OrdinalIgnoreCase);

    private string Render(string markdown, MarkdownPipeline pipeline, Action<MathProblem>? onMathProblem)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        try
        {
            var document = Markdig.Markdown.Parse(markdown, pipeline);

            // Only text with a '$' or a backslash can hold math; the rest is not walked for formulas.
            if (onMathProblem is not null && markdown.AsSpan().IndexOfAny('$', '\\') >= 0)
            {
                ReportMathProblems(document, onMathProblem);
            }

            return Markdig.Markdown.ToHtml(document, pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"the Markdown could not be rendered ({e.Message})", e);
        }
    }

    /// <summary>Typesets each formula ahead of the renderer (which then finds it typeset) to say which ones failed.</summary>
    private void ReportMathProblems(MarkdownDocument document, Action<MathProblem> onMathProblem)
    {
        foreach (var math in document.Descendants<MathInline>())
        {
            if (_math.Render(math.Content.ToString(), math.DelimiterCount == 2).Error is { } error)
            {
                onMathProblem(new MathProblem(math.Line, math.Column, MathProblem.AsWritten(math), error));
            }
        }
    }

    /// <summary>
    /// Renders one line of Markdown (emphasis, code, math; links only when <paramref name="withLinks"/>: a title sits
    /// inside a link on cards) without the surrounding paragraph. Whatever would start a block ("2024. A Year",
    /// "# Sharp") is read as text.
    /// </summary>
    public string ToInlineHtml(string markdown, bool withLinks = false, Action<MathProblem>? onMathProblem = null)
    {
        var line = string.Join(' ', markdown.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var html = Render(EscapeBlockStart(line), withLinks ? _linkedLinePipeline.Value : _linePipeline, onMathProblem).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return html[3..^4];
        }

        return html;
    }

    /// <summary>A backslash before what would make a line a heading, quote, list item or rule keeps it a paragraph.</summary>
    private static string EscapeBlockStart(string line) =>
        BlockStart().Match(line) is { Success: true } start ? line[..start.Length] + "\\" + line[start.Length..] : line;

    /// <summary>Where a line would start a block: "&gt;", "# ", "- ", "* ", "+ ", "2024. ", "1) ", or a rule like "---".</summary>
    [GeneratedRegex(@"^(?:(?=>)|(?=#{1,6}(?:\s|$))|(?=[-+*](?:\s|$))|(?=([-*_])(?:\s*\1){2,}\s*$)|\d{1,9}(?=[.)](?:\s|$)))")]
    private static partial Regex BlockStart();
}
