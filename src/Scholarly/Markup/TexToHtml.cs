using System.Text;
using Scholarly.Text;

namespace Scholarly.Markup;

/// <summary>
/// Typesets the small inline math of titles and abstracts ($k$, $2\times$, $Acc_{Ex}$, $O(n \log n)$) as plain HTML:
/// Greek letters and operators become their Unicode characters, ^ and _ become sup and sub. As TeX sets them,
/// variables (Latin and lower-case Greek letters) are italic and everything else upright: digits, operators,
/// parentheses, function names and \text. Anything it does not know is kept as written, so nothing is lost; the
/// original TeX stays in the element's data-tex attribute.
/// </summary>
internal static class TexToHtml
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ",
        ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["times"] = "×", ["cdot"] = "·", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓", ["leq"] = "≤", ["le"] = "≤",
        ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃",
        ["equiv"] = "≡", ["propto"] = "∝", ["infty"] = "∞", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←",
        ["Rightarrow"] = "⇒", ["mapsto"] = "↦", ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂", ["subseteq"] = "⊆",
        ["cup"] = "∪", ["cap"] = "∩", ["forall"] = "∀", ["exists"] = "∃", ["partial"] = "∂", ["nabla"] = "∇",
        ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√", ["ell"] = "ℓ", ["circ"] = "∘", ["star"] = "⋆",
        ["ldots"] = "…", ["cdots"] = "⋯", ["dots"] = "…", ["%"] = "%", ["{"] = "{", ["}"] = "}", ["_"] = "_", ["&"] = "&",
        [","] = "\u2009", [";"] = "\u2005", [" "] = " ", ["quad"] = "\u2003", ["!"] = "",
    };

    /// <summary>Named functions printed upright, as TeX does: $O(n \log n)$.</summary>
    private static readonly HashSet<string> Functions =
        ["log", "ln", "exp", "sin", "cos", "tan", "max", "min", "arg", "argmax", "argmin", "lim", "sup", "inf", "det", "dim", "Pr"];

    /// <summary>Commands whose braced argument is shown as it is (upright text or a style that plain HTML cannot show).</summary>
    private static readonly HashSet<string> TextCommands =
        ["text", "mathrm", "textrm", "operatorname", "mathbf", "textbf", "mathit", "textit", "mathcal", "mathbb", "mathsf", "texttt", "mathtt", "boldsymbol", "bm", "emph"];

    /// <summary>Deeper brace nesting than any real formula: shown as written instead of recursing further.</summary>
    private const int MaxDepth = 32;

    /// <summary>The HTML of <paramref name="tex"/>: escaped text, Unicode symbols, sup and sub.</summary>
    public static string Convert(string tex)
    {
        if (NestingDepth(tex) > MaxDepth)
        {
            return HtmlText.Escape(tex);
        }

        var html = new StringBuilder(tex.Length + 16);
        var position = 0;
        Append(tex, ref position, html, stopAtBrace: false, italic: true);
        return html.ToString();
    }

    private static int NestingDepth(string tex)
    {
        int depth = 0, deepest = 0;
        foreach (var c in tex)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static void Append(string tex, ref int i, StringBuilder html, bool stopAtBrace, bool italic)
    {
        while (i < tex.Length)
        {
            var c = tex[i];
            switch (c)
            {
                case '}' when stopAtBrace:
                    i++;
                    return;
                case '{':
                    i++;
                    Append(tex, ref i, html, stopAtBrace: true, italic);
                    break;
                case '^' or '_':
                    i++;
                    var tag = c == '^' ? "sup" : "sub";
                    html.Append('<').Append(tag).Append('>');
                    AppendArgument(tex, ref i, html, italic);
                    html.Append("</").Append(tag).Append('>');
                    break;
                case '\\':
                    AppendCommand(tex, ref i, html, italic);
                    break;
                case '~':
                    html.Append('\u00a0');
                    i++;
                    break;
                case '-':
                    html.Append('−');
                    i++;
                    break;
                case '*':
                    html.Append('∗');
                    i++;
                    break;
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z' when italic:
                    var run = i;
                    while (i < tex.Length && char.IsAsciiLetter(tex[i]))
                    {
                        i++;
                    }

                    html.Append("<i>").Append(tex, run, i - run).Append("</i>");
                    break;
                default:
                    html.Append(HtmlText.Escape(c.ToString()));
                    i++;
                    break;
            }
        }
    }

    /// <summary>One group or one character: the argument of ^, _ or a command.</summary>
    private static void AppendArgument(string tex, ref int i, StringBuilder html, bool italic)
    {
        while (i < tex.Length && tex[i] == ' ')
        {
            i++;
        }

        if (i >= tex.Length)
        {
            return;
        }

        if (tex[i] == '{')
        {
            i++;
            Append(tex, ref i, html, stopAtBrace: true, italic);
        }
        else if (tex[i] == '\\')
        {
            AppendCommand(tex, ref i, html, italic);
        }
        else
        {
            var c = tex[i];
            html.Append(italic && char.IsAsciiLetter(c) ? "<i>" + c + "</i>" : HtmlText.Escape(c.ToString()));
            i++;
        }
    }

    private static void AppendCommand(string tex, ref int i, StringBuilder html, bool italic)
    {
        var backslash = i;
        var start = ++i;
        if (i < tex.Length && !char.IsLetter(tex[i]))
        {
            i++;
        }
        else
        {
            while (i < tex.Length && char.IsLetter(tex[i]))
            {
                i++;
            }
        }

        var name = tex[start..i];
        if (Symbols.TryGetValue(name, out var symbol))
        {
            var variable = italic && symbol.Length == 1 && symbol[0] is >= 'α' and <= 'ω';
            html.Append(variable ? "<i>" + symbol + "</i>" : HtmlText.Escape(symbol));
        }
        else if (Functions.Contains(name))
        {
            // TeX spaces an operator name from what touches it ("n\log n", "\log\log n"), but not from "(": "log(n)".
            if (backslash > 0 && Operand(tex[backslash - 1]) && html[^1] != '\u2009')
            {
                html.Append('\u2009');
            }

            html.Append("<span class=\"math-fn\">").Append(name).Append("</span>");
            if (i < tex.Length && (Operand(tex[i]) || tex[i] == '\\'))
            {
                html.Append('\u2009');
            }
        }
        else if (TextCommands.Contains(name))
        {
            html.Append("<span class=\"math-text\">");
            AppendArgument(tex, ref i, html, italic: false);
            html.Append("</span>");
        }
        else if (name is "frac" or "dfrac" or "tfrac")
        {
            AppendArgument(tex, ref i, html, italic);
            html.Append('/');
            AppendArgument(tex, ref i, html, italic);
        }
        else if (name is "left" or "right" or "big" or "Big" or "bigl" or "bigr" or "displaystyle")
        {
            // Sizing commands: the delimiter that follows is printed on its own.
        }
        else
        {
            html.Append(HtmlText.Escape("\\" + name));
        }
    }

    /// <summary>A letter, digit or closing bracket: what an operator name is spaced from.</summary>
    private static bool Operand(char c) => char.IsLetterOrDigit(c) || c is ')' or ']' or '}';
}
