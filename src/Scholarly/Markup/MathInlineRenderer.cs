using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Scholarly.Text;

namespace Scholarly.Markup;

/// <summary>
/// Writes math as MathML typeset at build time (<see cref="MathCache"/>) in a <c>span.math</c> (with
/// <c>math-display</c> for <c>$$…$$</c> and <c>\[…\]</c>) that keeps the TeX in <c>data-tex</c> for copying and for
/// plain text (<see cref="TexToText"/>). TeX that does not parse is shown as written, in <c>code.math-error</c>.
/// </summary>
internal sealed class MathInlineRenderer(MathCache math) : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        var tex = obj.Content.ToString();
        var display = obj.DelimiterCount == 2;
        var typeset = math.Render(tex, display);
        if (typeset.MathMl is null)
        {
            renderer.Write("<code class=\"math-error\" data-tex=\"").Write(HtmlText.Escape(tex)).Write("\">")
                .Write(HtmlText.Escape(MathProblem.AsWritten(obj))).Write("</code>");
            return;
        }

        // A display formula may be wider than a phone: it scrolls in its own box, which the keyboard can reach.
        renderer.Write(display ? "<span class=\"math math-display\" tabindex=\"0\"" : "<span class=\"math\"")
            .Write(" data-tex=\"").Write(HtmlText.Escape(tex)).Write("\">")
            .Write(typeset.MathMl)
            .Write("</span>");
    }
}
