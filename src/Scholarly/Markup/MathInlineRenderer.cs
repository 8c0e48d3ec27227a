using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Scholarly.Text;

namespace Scholarly.Markup;

/// <summary>
/// Writes inline math as readable HTML (<see cref="TexToHtml"/>) in a <c>span.math</c> that keeps the TeX in
/// <c>data-tex</c>, so a theme may typeset it with a math library of its own.
/// </summary>
internal sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        var tex = obj.Content.ToString();
        var display = obj.DelimiterCount == 2 ? " math-display" : "";
        renderer.Write("<span class=\"math").Write(display).Write("\" data-tex=\"").Write(HtmlText.Escape(tex)).Write("\">");

        renderer.Write(TexToHtml.Convert(tex));
        renderer.Write("</span>");
    }
}
