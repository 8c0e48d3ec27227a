using Scholarly.Text;
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
        // Scriban's default (1,000 iterations) is less than a home page of 10,000 papers needs; no limit at all lets
        // {{ while true }} hang the build. The budget grows with the site, so only a runaway loop reaches it.
        LoopLimit = renderer.LoopBudget;
        // Scriban cuts strings longer than 1 MB by default; a 10,000-paper home page is longer than that, but no
        // page needs 64 million characters, and a string a template doubles in a loop reaches that in 26 steps.
        LimitToString = MaxPageLength;
        RecursiveLimit = 64;
    }

    /// <summary>The longest string a render may make, in characters (a 10,000-paper home page is about 30 million).</summary>
    public const int MaxPageLength = 64_000_000;

    /// <summary>The site-root-relative path of the page being rendered ("papers/gba/").</summary>
    public string PagePath
    {
        get;
        set
        {
            field = value;
            RootPrefix = Renderer.Links.RootFrom(value);
        }
    } = "";

    /// <summary>How many partials deep the render is, to stop a partial that includes itself.</summary>
    public int IncludeDepth { get; set; }

    /// <summary>The renderer, for helpers that include partials.</summary>
    public TemplateRenderer Renderer { get; }

    /// <summary>
    /// HTML goes out exactly as it is: Scriban would otherwise indent every line of a multi-line value printed after
    /// indentation, shifting the lines of a &lt;pre&gt; (a BibTeX entry, a code block in notes).
    /// </summary>
    private HtmlTemplateContext WriteVerbatim(string html)
    {
        Output.Write(html, 0, html.Length);
        return this;
    }

    /// <summary>What leads from this page to the site root (see <see cref="SiteLinks.RootFrom"/>).</summary>
    /// <remarks>Set with <see cref="PagePath"/>: every include of the page asks for it.</remarks>
    public string RootPrefix { get; private set; } = "";

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        Html html => WriteVerbatim(Renderer.Links.ResolveInPage(html.Value, PagePath)),
        string text => Write(HtmlText.Escape(text)),
        _ => Write(HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
