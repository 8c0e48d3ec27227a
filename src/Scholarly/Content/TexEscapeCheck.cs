using Scholarly.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scholarly.Content;

/// <summary>
/// Warns when a double-quoted YAML string holds an escape that turned TeX into a control character:
/// <c>"Greek \alpha"</c> is a bell and "lpha", <c>"\frac"</c> a form feed and "rac", <c>"\theta"</c> a tab and
/// "heta". The YAML is valid, so the build goes on, but the text is surely not what its author wrote.
/// </summary>
internal static class TexEscapeCheck
{
    /// <summary>Escapes that never belong in a text field, whatever follows them: C0 controls, and \_ (a no-break space, where TeX means "_").</summary>
    private static readonly Dictionary<char, string> AlwaysWrong = new()
    {
        ['0'] = "the null character U+0000", ['a'] = "the bell character U+0007", ['b'] = "a backspace U+0008",
        ['v'] = "a vertical tab U+000B", ['f'] = "a form feed U+000C", ['r'] = "a carriage return U+000D",
        ['e'] = "the escape character U+001B", ['_'] = "a no-break space U+00A0",
    };

    /// <summary>
    /// Escapes a person may well mean (a tab, a line break, a separator: the importer writes "\n" itself), so they are
    /// warned about only where the escape and the letters after it spell a TeX command: "\theta", "\nabla", "\Phi".
    /// </summary>
    private static readonly Dictionary<char, string> WrongInTexCommands = new()
    {
        ['t'] = "a tab U+0009", ['n'] = "a line break U+000A", ['N'] = "a next-line character U+0085",
        ['L'] = "a line separator U+2028", ['P'] = "a paragraph separator U+2029",
    };

    /// <summary>The TeX and LaTeX commands that start with t, n, N, L or P, as abstracts and titles use them.</summary>
    private static readonly HashSet<string> TexCommands = new(StringComparer.Ordinal)
    {
        "tau", "theta", "vartheta", "tilde", "times", "to", "top", "triangle", "triangleq", "triangleleft", "triangleright",
        "text", "textbf", "textit", "textrm", "textsf", "texttt", "textsc", "textnormal", "textstyle", "textup", "textmd",
        "tfrac", "tbinom", "tan", "tanh", "therefore", "tiny", "tt", "top", "textwidth", "thinspace",
        "nabla", "natural", "ne", "neq", "nearrow", "neg", "newline", "newcommand", "ni", "nmid", "noindent", "nolimits",
        "nonumber", "not", "notin", "nu", "nwarrow", "nleq", "ngeq", "nsim", "nparallel", "nsubseteq", "nexists",
        "normalsize", "nolinebreak", "nobreak", "null",
        "Nu", "Lambda", "Leftarrow", "Leftrightarrow", "Longrightarrow", "Longleftarrow", "LaTeX", "Large", "LARGE", "Lsh",
        "Pi", "Phi", "Psi", "Pr", "P",
    };

    /// <summary>Checks every double-quoted scalar of <paramref name="root"/>; <paramref name="yaml"/> is the text it was read from.</summary>
    public static void Warn(YamlNode root, string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        // An explicit stack: the nesting depth is the user's, and recursion would let a deep document overflow it.
        // Each node once: an alias makes the document a graph, which may loop on itself (&e {self: *e}).
        var pending = new Stack<YamlNode>();
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode { Style: ScalarStyle.DoubleQuoted } scalar:
                    Check(scalar, yaml, file, lineOffset, diagnostics);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        pending.Push(child);
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// For YamlDotNet's "unknown escape character" (<c>"\mathbb{R}"</c>, <c>"\cite"</c>) or "expected hexadecimal
    /// number" (<c>"\xi"</c>, <c>"\underline"</c>): the command it met in the quoted string starting at
    /// <paramref name="from"/>, and the fix; "" when no such escape is there.
    /// </summary>
    public static string HintForUnknownEscape(string yaml, long from)
    {
        const string Valid = "0abtnvfre \"/\\N_LP\t\n";
        var start = (int)Math.Clamp(from, 0, yaml.Length);
        start = yaml.IndexOf('"', start) is var quote and >= 0 ? quote + 1 : start;
        for (var i = start; i < yaml.Length - 1 && yaml[i] != '"'; i++)
        {
            if (yaml[i] == '\\')
            {
                if (!Valid.Contains(yaml[i + 1], StringComparison.Ordinal) && !IsHexEscape(yaml, i + 1))
                {
                    var word = Word(yaml, i + 1, yaml.Length);
                    return $" \"\\{word}\"; TeX in a double-quoted string is read as YAML escapes; write it in single quotes ('\\{word}') or a block scalar (|), or double the backslash";
                }

                i++;
            }
        }

        return "";
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>True for a well-formed \x, \u or \U escape: its letter followed by 2, 4 or 8 hexadecimal digits.</summary>
    private static bool IsHexEscape(string yaml, int letter)
    {
        var digits = yaml[letter] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        return digits > 0 && letter + digits < yaml.Length && !yaml.AsSpan(letter + 1, digits).ContainsAnyExcept(HexDigits);
    }

    private static void Check(YamlScalarNode scalar, string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var start = (int)scalar.Start.Index;
        var end = Math.Min((int)scalar.End.Index, yaml.Length);
        for (var i = start; i < end - 1; i++)
        {
            if (yaml[i] != '\\')
            {
                continue;
            }

            var escape = yaml[i + 1];
            var word = Word(yaml, i + 1, end);
            if (AlwaysWrong.TryGetValue(escape, out var becomes) || (WrongInTexCommands.TryGetValue(escape, out becomes) && TexCommands.Contains(word)))
            {
                var (line, column) = Position(yaml, scalar, i);
                diagnostics.Warning(file, line + lineOffset, column,
                    $"\"\\{escape}\" in a double-quoted string is a YAML escape for {becomes}, so \"\\{word}\" does not reach the page as written; " +
                    $"write TeX in single quotes ('\\{word}') or a block scalar (|), or double the backslash (\"\\\\{word}\")");
            }

            i++; // The escaped character is consumed: "\\alpha" is a backslash and "alpha".
        }
    }

    /// <summary>The command as written: the escape's letter and the letters after it ("alpha" of "\alpha").</summary>
    private static string Word(string yaml, int from, int end)
    {
        var to = from + 1;
        while (to < end && char.IsAsciiLetter(yaml[to]))
        {
            to++;
        }

        return yaml[from..to];
    }

    /// <summary>Line and column (1-based) of the character at <paramref name="index"/>, counted from the scalar's start mark.</summary>
    private static (int Line, int Column) Position(string yaml, YamlScalarNode scalar, int index)
    {
        var line = (int)scalar.Start.Line;
        var column = (int)scalar.Start.Column;
        for (var i = (int)scalar.Start.Index; i < index; i++)
        {
            (line, column) = yaml[i] == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        return (line, column);
    }
}
