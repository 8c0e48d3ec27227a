using System.Text;

namespace Scholarly.Import;

/// <summary>
/// LaTeX field text to what a reader sees, as Markdown: accents in all their spellings ({\"o}, \"{o}, \"o) become
/// letters, \ss and friends their characters, escaped specials themselves, -- and --- dashes, ~ a space, `` '' quotes,
/// \emph and \textit *x*, \textbf **x**, \url and \href links; braces that protect capitals are dropped (the original
/// entry is kept for exports), and math ($...$) is kept as math.
/// </summary>
internal static class LatexDecoder
{
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['"'] = '\u0308', ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307', ['c'] = '\u0327', ['v'] = '\u030C', ['u'] = '\u0306', ['H'] = '\u030B', ['k'] = '\u0328',
        ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["i"] = "ı", ["j"] = "ȷ", ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_",
        ["{"] = "{", ["}"] = "}", [" "] = " ", [","] = "\u2009", ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…",
        ["dots"] = "…", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textbackslash"] = "\\", ["S"] = "§", ["P"] = "¶",
        ["copyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™", ["pounds"] = "£", ["euro"] = "€",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["LaTeXe"] = "LaTeX2ε", ["BibTeX"] = "BibTeX", ["textless"] = "<", ["textgreater"] = ">",
        ["textbar"] = "|", ["textdagger"] = "†", ["textbullet"] = "•", ["textperiodcentered"] = "·", ["guillemotleft"] = "«", ["guillemotright"] = "»", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["-"] = "", ["/"] = "", ["relax"] = "", ["newblock"] = " ",
    };

    /// <summary>Commands whose argument is shown with a Markdown mark around it.</summary>
    private static readonly Dictionary<string, string> Styles = new(StringComparer.Ordinal)
    {
        ["emph"] = "*", ["textit"] = "*", ["textsl"] = "*", ["it"] = "*", ["em"] = "*", ["textbf"] = "**", ["bf"] = "**",
        ["texttt"] = "`", ["textsc"] = "", ["textrm"] = "", ["textsf"] = "", ["textup"] = "", ["textnormal"] = "", ["mbox"] = "",
        ["text"] = "", ["NoCaseChange"] = "", ["MakeUppercase"] = "", ["uppercase"] = "", ["lowercase"] = "",
    };

    /// <summary>Old switch commands that style the rest of their group: {\em word}, {\bf word}.</summary>
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["em"] = "*", ["it"] = "*", ["sl"] = "*", ["bf"] = "**", ["sc"] = "", ["rm"] = "", ["sf"] = "", ["tt"] = "`",
    };

    /// <summary>The reader's text of a field, as Markdown; paragraphs (blank lines) stay apart.</summary>
    public static string ToMarkdown(string latex) =>
        string.Join("\n\n", latex.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(paragraph =>
            {
                var output = new StringBuilder(paragraph.Length);
                var i = 0;
                Decode(paragraph, ref i, output, depth: 0, stopAtBrace: false, markdown: true);
                return Tidy(output.ToString());
            })
            .Where(p => p.Length > 0));

    /// <summary>The reader's text of a field as plain text (no Markdown marks): for names, venues and keys.</summary>
    public static string ToText(string latex)
    {
        var output = new StringBuilder(latex.Length);
        var i = 0;
        Decode(latex, ref i, output, depth: 0, stopAtBrace: false, markdown: false);
        return Tidy(output.ToString());
    }

    private static string Tidy(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    private static void Decode(string latex, ref int i, StringBuilder output, int depth, bool stopAtBrace, bool markdown)
    {
        while (i < latex.Length)
        {
            var c = latex[i];
            switch (c)
            {
                case '}' when stopAtBrace:
                    i++;
                    return;
                case '}':
                    i++;
                    break;
                case '{':
                    i++;
                    if (depth < 64)
                    {
                        var mark = SwitchAt(latex, ref i);
                        var group = new StringBuilder();
                        Decode(latex, ref i, group, depth + 1, stopAtBrace: true, markdown);
                        var text = group.ToString().Trim();
                        output.Append(markdown && mark is { Length: > 0 } && text.Length > 0 ? mark + text + mark : group.ToString());
                    }

                    break;
                case '$':
                    CopyMath(latex, ref i, output);
                    break;
                case '\\':
                    Command(latex, ref i, output, depth, markdown);
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case '-' when At(latex, i, "---"):
                    output.Append('—');
                    i += 3;
                    break;
                case '-' when At(latex, i, "--"):
                    output.Append('–');
                    i += 2;
                    break;
                case '`' when At(latex, i, "``"):
                    output.Append('“');
                    i += 2;
                    break;
                case '\'' when At(latex, i, "''"):
                    output.Append('”');
                    i += 2;
                    break;
                case '*' or '_' when markdown:
                    output.Append('\\').Append(c);
                    i++;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>The Markdown mark of a switch (\em, \bf, ...) opening a group, which is then skipped; null when there is none.</summary>
    private static string? SwitchAt(string latex, ref int i)
    {
        if (i >= latex.Length || latex[i] != '\\')
        {
            return null;
        }

        var end = i + 1;
        while (end < latex.Length && char.IsAsciiLetter(latex[end]))
        {
            end++;
        }

        if (!Switches.TryGetValue(latex[(i + 1)..end], out var mark) || (end < latex.Length && latex[end] is not (' ' or '{' or '\\')))
        {
            return null;
        }

        i = end < latex.Length && latex[end] == ' ' ? end + 1 : end;
        return mark;
    }

    private static void Command(string latex, ref int i, StringBuilder output, int depth, bool markdown)
    {
        var start = ++i;
        if (i >= latex.Length)
        {
            return;
        }

        if (!char.IsAsciiLetter(latex[i]))
        {
            i++;
        }
        else
        {
            while (i < latex.Length && char.IsAsciiLetter(latex[i]))
            {
                i++;
            }
        }

        var name = latex[start..i];
        if (name.Length == 1 && Accents.TryGetValue(name[0], out var mark) && (!char.IsAsciiLetter(name[0]) || !Symbols.ContainsKey(name) || NextIsArgument(latex, i)))
        {
            // An accent on \i or \j sits on the plain letter: \'{\i} is í.
            var letter = Argument(latex, ref i, depth, markdown).Replace('ı', 'i').Replace('ȷ', 'j');
            output.Append(letter.Length > 0 ? letter[0] + mark.ToString() + letter[1..] : mark.ToString());
            return;
        }

        if (Symbols.TryGetValue(name, out var symbol))
        {
            output.Append(markdown && symbol is "*" or "_" ? "\\" + symbol : symbol);
            SkipEmptyGroup(latex, ref i, name);
            return;
        }

        if (Styles.TryGetValue(name, out var style))
        {
            var text = Argument(latex, ref i, depth, markdown);
            output.Append(markdown ? style : "").Append(text).Append(markdown ? style : "");
            return;
        }

        if (name == "url")
        {
            var url = RawArgument(latex, ref i);
            output.Append(markdown ? $"<{url}>" : url);
            return;
        }

        if (name == "href")
        {
            var url = RawArgument(latex, ref i);
            var text = Argument(latex, ref i, depth, markdown);
            output.Append(markdown ? $"[{text}]({url})" : text);
            return;
        }

        // An unknown command: its argument, if any, as text (\acro{GPU} → GPU).
        if (NextIsArgument(latex, i))
        {
            output.Append(Argument(latex, ref i, depth, markdown));
        }
    }

    private static bool NextIsArgument(string latex, int i) => i < latex.Length && latex[i] == '{';

    /// <summary>The argument after a command: a braced group, or the next single character (\"o).</summary>
    private static string Argument(string latex, ref int i, int depth, bool markdown)
    {
        while (i < latex.Length && latex[i] == ' ')
        {
            i++;
        }

        if (i >= latex.Length)
        {
            return "";
        }

        var inner = new StringBuilder();
        if (latex[i] == '{')
        {
            i++;
            Decode(latex, ref i, inner, depth + 1, stopAtBrace: true, markdown);
            return inner.ToString();
        }

        if (latex[i] == '\\')
        {
            Command(latex, ref i, inner, depth + 1, markdown);
            return inner.ToString();
        }

        return latex[i++].ToString();
    }

    private static string RawArgument(string latex, ref int i)
    {
        while (i < latex.Length && latex[i] == ' ')
        {
            i++;
        }

        if (i >= latex.Length || latex[i] != '{')
        {
            return "";
        }

        var depth = 0;
        var start = i + 1;
        for (; i < latex.Length; i++)
        {
            if (latex[i] == '{')
            {
                depth++;
            }
            else if (latex[i] == '}' && --depth == 0)
            {
                i++;
                return latex[start..(i - 1)];
            }
        }

        return latex[start..];
    }

    /// <summary>"\ss{}" and "\o{}": the empty group only ends the command name.</summary>
    private static void SkipEmptyGroup(string latex, ref int i, string name)
    {
        if (At(latex, i, "{}"))
        {
            i += 2;
        }
        else if (char.IsAsciiLetter(name[0]) && i < latex.Length && latex[i] == ' ')
        {
            i++;
        }
    }

    private static void CopyMath(string latex, ref int i, StringBuilder output)
    {
        var end = latex.IndexOf('$', i + 1);
        if (end < 0)
        {
            output.Append('$');
            i++;
            return;
        }

        output.Append(latex, i, end - i + 1);
        i = end + 1;
    }

    private static bool At(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;
}
