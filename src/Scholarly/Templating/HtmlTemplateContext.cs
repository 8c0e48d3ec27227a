using Scriban;
using Scriban.Parsing;

namespace Scholarly.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="Html"/>,
/// so user text is safe in element content and in quoted attributes without a theme having to remember it.
/// It also knows the page being rendered, for page-relative links.
/// </summary>
/// <remarks>Used by one render at a time: Scriban contexts are not thread-safe. Renders reuse contexts one after another.</remarks>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(TemplateRenderer renderer)
    {
        Renderer = renderer;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        // Scriban cuts strings longer than 1 MB by default; a 10,000-paper home page is longer than that.
        LimitToString = 0;
        RecursiveLimit = 64;
    }

    /// <summary>The site-root-relative path of the page being rendered ("papers/gba/").</summary>
    public string PagePath { get; set; } = "";

    /// <summary>How many partials deep the render is, to stop a partial that includes itself.</summary>
    public int IncludeDepth { get; set; }

    /// <summary>The renderer, for helpers that include partials.</summary>
    public TemplateRenderer Renderer { get; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        Html html => Write(html.Value),
        string text => Write(HtmlText.Escape(text)),
        _ => Write(HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
