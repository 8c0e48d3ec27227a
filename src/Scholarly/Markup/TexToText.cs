using System.Globalization;
using System.Text;

namespace Scholarly.Markup;

/// <summary>
/// Reads TeX math as one line of Unicode text for the places HTML cannot go: meta descriptions, JSON-LD, Highwire
/// tags, feed titles, RIS. <c>\mathbb{R}^d</c> reads "ℝ^d", <c>x_i</c> "x_i", <c>\frac{a+b}{2}</c> "(a+b)/2",
/// <c>\hat{\theta}</c> "θ̂", <c>\sqrt{T}</c> "√T". No TeX command survives: one it does not know is read by its name.
/// </summary>
internal static class TexToText
{
    /// <summary>Symbols by command name; a value of "" drops the command (spacing, sizing, style switches).</summary>
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ",
        ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["times"] = "×", ["cdot"] = "·", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓", ["ast"] = "∗", ["star"] = "⋆",
        ["circ"] = "∘", ["bullet"] = "•", ["oplus"] = "⊕", ["otimes"] = "⊗", ["odot"] = "⊙", ["setminus"] = "∖",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["ll"] = "≪", ["gg"] = "≫",
        ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃", ["cong"] = "≅", ["equiv"] = "≡", ["propto"] = "∝",
        ["lesssim"] = "≲", ["gtrsim"] = "≳", ["prec"] = "≺", ["succ"] = "≻", ["preceq"] = "⪯", ["succeq"] = "⪰",
        ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋", ["subset"] = "⊂", ["subseteq"] = "⊆", ["subsetneq"] = "⊊",
        ["supset"] = "⊃", ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩", ["bigcup"] = "⋃", ["bigcap"] = "⋂",
        ["emptyset"] = "∅", ["varnothing"] = "∅", ["forall"] = "∀", ["exists"] = "∃", ["nexists"] = "∄",
        ["neg"] = "¬", ["lnot"] = "¬", ["land"] = "∧", ["wedge"] = "∧", ["lor"] = "∨", ["vee"] = "∨",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["leftrightarrow"] = "↔",
        ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔", ["implies"] = "⟹", ["iff"] = "⟺",
        ["longrightarrow"] = "⟶", ["mapsto"] = "↦", ["uparrow"] = "↑", ["downarrow"] = "↓",
        ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇", ["ell"] = "ℓ", ["hbar"] = "ℏ", ["aleph"] = "ℵ",
        ["Re"] = "ℜ", ["Im"] = "ℑ", ["wp"] = "℘", ["prime"] = "′", ["angle"] = "∠", ["perp"] = "⊥", ["parallel"] = "∥",
        ["mid"] = "∣", ["top"] = "⊤", ["bot"] = "⊥", ["vdash"] = "⊢", ["models"] = "⊨", ["dagger"] = "†",
        ["sum"] = "∑", ["prod"] = "∏", ["coprod"] = "∐", ["int"] = "∫", ["iint"] = "∬", ["oint"] = "∮",
        ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["vdots"] = "⋮", ["ddots"] = "⋱",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lceil"] = "⌈", ["rceil"] = "⌉", ["lfloor"] = "⌊", ["rfloor"] = "⌋",
        ["vert"] = "|", ["lvert"] = "|", ["rvert"] = "|", ["Vert"] = "‖", ["lVert"] = "‖", ["rVert"] = "‖", ["|"] = "‖",
        ["colon"] = ":", ["{"] = "{", ["}"] = "}", ["%"] = "%", ["$"] = "$", ["&"] = "&", ["#"] = "#", ["_"] = "_",
        [","] = " ", [":"] = " ", [";"] = " ", [" "] = " ", ["quad"] = " ", ["qquad"] = " ", ["!"] = "",
        ["left"] = "", ["right"] = "", ["middle"] = "", ["big"] = "", ["Big"] = "", ["bigg"] = "", ["Bigg"] = "",
        ["bigl"] = "", ["bigr"] = "", ["Bigl"] = "", ["Bigr"] = "", ["biggl"] = "", ["biggr"] = "",
        ["displaystyle"] = "", ["textstyle"] = "", ["scriptstyle"] = "", ["limits"] = "", ["nolimits"] = "",
    };

    /// <summary>Operator names, read as words: <c>O(n \log n)</c> reads "O(n log n)".</summary>
    private static readonly HashSet<string> Functions =
    [
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "arcsin", "arccos",
        "arctan", "max", "min", "arg", "argmax", "argmin", "lim", "liminf", "limsup", "sup", "inf", "det", "dim", "ker",
        "deg", "gcd", "hom", "Pr", "mod", "bmod",
    ];

    /// <summary>Commands whose argument is read as it is: text, and styles plain text cannot show.</summary>
    private static readonly HashSet<string> AsIs =
    [
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "emph", "mbox", "mathrm", "mathit",
        "mathbf", "mathsf", "mathtt", "mathfrak", "mathnormal", "boldsymbol", "bm", "operatorname", "mathop", "mathord",
        "mathbin", "mathrel", "underline", "overbrace", "underbrace", "boxed", "textup", "mathring",
    ];

    /// <summary>Accents, as the combining mark they put on the last letter of their argument.</summary>
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["hat"] = '\u0302', ["widehat"] = '\u0302', ["tilde"] = '\u0303', ["widetilde"] = '\u0303', ["bar"] = '\u0304',
        ["overline"] = '\u0305', ["vec"] = '\u20d7', ["overrightarrow"] = '\u20d7', ["dot"] = '\u0307',
        ["ddot"] = '\u0308', ["check"] = '\u030c', ["breve"] = '\u0306', ["acute"] = '\u0301', ["grave"] = '\u0300',
    };

    /// <summary>Deeper brace nesting than any real formula: read as written instead of recursing further.</summary>
    private const int MaxDepth = 32;

    /// <summary>The plain text of <paramref name="tex"/>.</summary>
    public static string Convert(string tex)
    {
        if (NestingDepth(tex) > MaxDepth)
        {
            return tex;
        }

        var text = new StringBuilder(tex.Length);
        var position = 0;
        Append(tex, ref position, text, stopAt: '\0');
        return Collapse(text.ToString()).Normalize(NormalizationForm.FormC);
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

    /// <summary>Reads until the end, or past the closing brace when <paramref name="stopAt"/> is '}'.</summary>
    private static void Append(string tex, ref int i, StringBuilder text, char stopAt)
    {
        while (i < tex.Length)
        {
            var c = tex[i];
            switch (c)
            {
                case '}' when stopAt == '}':
                    i++;
                    return;
                case '{':
                    i++;
                    Append(tex, ref i, text, stopAt: '}');
                    break;
                case '^' or '_':
                    i++;
                    text.Append(c).Append(Bracketed(Argument(tex, ref i)));
                    break;
                case '\\':
                    AppendCommand(tex, ref i, text);
                    break;
                case '&':
                    text.Append(' ');
                    i++;
                    break;
                case '~':
                    text.Append(' ');
                    i++;
                    break;
                case '-':
                    text.Append('−');
                    i++;
                    break;
                case '\'':
                    text.Append('′');
                    i++;
                    break;
                default:
                    text.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>One group or one token, the argument of ^, _ or a command, read as text.</summary>
    private static string Argument(string tex, ref int i)
    {
        while (i < tex.Length && tex[i] == ' ')
        {
            i++;
        }

        if (i >= tex.Length)
        {
            return "";
        }

        var text = new StringBuilder();
        if (tex[i] == '{')
        {
            i++;
            Append(tex, ref i, text, stopAt: '}');
        }
        else if (tex[i] == '\\')
        {
            AppendCommand(tex, ref i, text);
        }
        else
        {
            text.Append(tex[i] == '-' ? '−' : tex[i]);
            i++;
        }

        return Collapse(text.ToString());
    }

    /// <summary>An optional <c>[…]</c> argument (the index of <c>\sqrt[3]{x}</c>), or null.</summary>
    private static string? Optional(string tex, ref int i)
    {
        if (i >= tex.Length || tex[i] != '[')
        {
            return null;
        }

        var close = tex.IndexOf(']', i);
        if (close < 0)
        {
            return null;
        }

        var inside = Convert(tex[(i + 1)..close]);
        i = close + 1;
        return inside;
    }

    /// <summary>A single symbol as it is, anything longer in parentheses: "x_i", "e^(iπ)", "(a+b)/2".</summary>
    private static string Bracketed(string text) =>
        new StringInfo(text.TrimStart('√', '∛', '∜')).LengthInTextElements <= 1 || IsWord(text) ? text : "(" + text + ")";

    /// <summary>Letters and digits (with their accents), maybe after a root sign: "ij", "√d", "2k".</summary>
    private static bool IsWord(string text) =>
        text.TrimStart('√', '∛', '∜') is { Length: > 0 } word && word.All(c => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    private static void AppendCommand(string tex, ref int i, StringBuilder text)
    {
        var start = ++i;
        if (i < tex.Length && !char.IsAsciiLetter(tex[i]))
        {
            i++;
        }
        else
        {
            while (i < tex.Length && char.IsAsciiLetter(tex[i]))
            {
                i++;
            }
        }

        var name = tex[start..i];

        // TeX skips the spaces after a command word; after a letter or an opening bracket, so does the text
        // ("\lambda t" reads "λt", "\lfloor n" "⌊n"), while a relation keeps its spaces ("x \sim p").
        if (Symbols.TryGetValue(name, out var read) && read.Length > 0 && (char.IsLetter(read[0]) || read[0] is '⟨' or '⌊' or '⌈'))
        {
            var after = i;
            while (after < tex.Length && tex[after] == ' ')
            {
                after++;
            }

            if (after > i && after < tex.Length && char.IsLetterOrDigit(tex[after]) && !Functions.Contains(name))
            {
                i = after;
            }
        }

        if (name == "\\")
        {
            text.Append("; ");
        }
        else if (Symbols.TryGetValue(name, out var symbol))
        {
            text.Append(symbol);
        }
        else if (Functions.Contains(name))
        {
            // A word among words ("n log n"), but touching its limits and parentheses: "lim_(n→∞)", "exp(x)".
            var next = i;
            while (next < tex.Length && tex[next] == ' ')
            {
                next++;
            }

            text.Append(' ').Append(name).Append(next < tex.Length && tex[next] is '_' or '^' or '(' ? "" : " ");
            i = next;
        }
        else if (AsIs.Contains(name))
        {
            text.Append(Argument(tex, ref i));
        }
        else if (Accents.TryGetValue(name, out var mark))
        {
            text.Append(Argument(tex, ref i)).Append(mark);
        }
        else if (name is "mathbb" or "mathcal" or "mathscr" or "Bbb")
        {
            text.Append(MathLetters.Styled(Argument(tex, ref i), blackboard: name is "mathbb" or "Bbb"));
        }
        else
        {
            AppendStructure(name, tex, ref i, text);
        }
    }

    /// <summary>Fractions, roots, binomials and environments; an unknown command is read by its name.</summary>
    private static void AppendStructure(string name, string tex, ref int i, StringBuilder text)
    {
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac" or "cfrac":
                var numerator = Argument(tex, ref i);
                text.Append(Bracketed(numerator)).Append('/').Append(Bracketed(Argument(tex, ref i)));
                break;
            case "binom" or "dbinom" or "tbinom":
                var n = Argument(tex, ref i);
                text.Append('(').Append(n).Append(" choose ").Append(Argument(tex, ref i)).Append(')');
                break;
            case "sqrt":
                var index = Optional(tex, ref i);
                var root = index switch { null or "2" => "√", "3" => "∛", "4" => "∜", _ => "[" + index + "]√" };
                text.Append(root).Append(Bracketed(Argument(tex, ref i)));
                break;
            case "begin":
                var environment = Argument(tex, ref i);
                var (open, close) = environment.TrimEnd('*') switch
                {
                    "pmatrix" => ("(", ")"),
                    "bmatrix" => ("[", "]"),
                    "Bmatrix" or "cases" => ("{", environment == "cases" ? "" : "}"),
                    "vmatrix" => ("|", "|"),
                    "Vmatrix" => ("‖", "‖"),
                    _ => ("", ""),
                };
                text.Append(open);
                if (environment.StartsWith("array", StringComparison.Ordinal))
                {
                    Argument(tex, ref i);
                }

                var body = new StringBuilder();
                var end = tex.IndexOf(@"\end{" + environment + "}", i, StringComparison.Ordinal);
                var inner = end < 0 ? tex[i..] : tex[i..end];
                var position = 0;
                Append(inner, ref position, body, stopAt: '\0');
                text.Append(Collapse(body.ToString()).Trim(' ', ';')).Append(close);
                i = end < 0 ? tex.Length : end + @"\end{}".Length + environment.Length;
                break;
            case "end":
                Argument(tex, ref i);
                break;
            case "stackrel" or "overset" or "underset":
                Argument(tex, ref i);
                text.Append(Argument(tex, ref i));
                break;
            case "not":
                text.Append(Argument(tex, ref i)).Append('\u0338');
                break;
            case "color" or "textcolor":
                Argument(tex, ref i);
                if (name == "textcolor")
                {
                    text.Append(Argument(tex, ref i));
                }

                break;
            default:
                text.Append(name);
                break;
        }
    }

    /// <summary>Single spaces, none at the ends, none inside brackets ("( x )" reads "(x)").</summary>
    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && (collapsed.Length == 0 || collapsed[^1] is ' ' or '(' or '[' or '{' or '⟨' or '⌊' or '⌈'))
            {
                continue;
            }

            if (c is ')' or ']' or '}' or ',' or ';' or '⟩' or '⌋' or '⌉' && collapsed.Length > 0 && collapsed[^1] == ' ')
            {
                collapsed.Length--;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString().Trim();
    }
}
