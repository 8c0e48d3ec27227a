using System.Text;

namespace Scholarly.Import;

/// <summary>
/// Reads BibTeX as BibTeX itself does: text outside entries is ignored; @comment and @preamble are skipped;
/// @string defines macros (month names jan..dec are predefined); entries take { } or ( ) delimiters, values in braces,
/// in quotes, bare numbers and macro names joined by #, types and field names in any case. A malformed entry is
/// reported with its line and column and skipped; parsing resumes at the next entry.
/// </summary>
internal sealed class BibtexParser
{
    private static readonly Dictionary<string, string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    /// <summary>Far longer than any real field (a long abstract is 5,000 characters), far shorter than memory.</summary>
    private const int MaxValueLength = 1_000_000;

    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly Dictionary<string, string> _macros = new(Months, StringComparer.OrdinalIgnoreCase);
    private readonly List<BibtexEntry> _entries = [];
    private readonly List<BibtexError> _errors = [];
    private readonly List<BibtexError> _warnings = [];
    private int _position;

    private BibtexParser(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Every well-formed entry in file order, and every entry skipped with why.</summary>
    public static (IReadOnlyList<BibtexEntry> Entries, IReadOnlyList<BibtexError> Errors) Parse(string text)
    {
        var (entries, errors, _) = ParseWithWarnings(text);
        return (entries, errors);
    }

    /// <summary>As <see cref="Parse"/>, with what BibTeX would pass over silently (text glued before an '@').</summary>
    public static (IReadOnlyList<BibtexEntry> Entries, IReadOnlyList<BibtexError> Errors, IReadOnlyList<BibtexError> Warnings) ParseWithWarnings(string text)
    {
        var parser = new BibtexParser(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        parser.Run();
        return (parser._entries, parser._errors, parser._warnings);
    }

    private void Run()
    {
        while (true)
        {
            var at = _text.IndexOf('@', _position);
            if (at < 0)
            {
                return;
            }

            _position = at;
            var lineText = TextBefore(at);
            if (lineText.Contains('%', StringComparison.Ordinal) || (at > 0 && char.IsAsciiLetterOrDigit(_text[at - 1])))
            {
                // A commented-out entry ("% @article{...}") or an address (jane@uni.edu) in free text: not an entry.
                _position = at + 1;
                continue;
            }

            if (!LineIsBlankBefore(at) && TextBefore(at) is { Length: > 0 } text && !text.TrimStart().StartsWith('%'))
            {
                _warnings.Add(new BibtexError(null, LineOf(at), ColumnOf(at), $"the text \"{text.Trim()}\" before '@' is ignored"));
            }

            try
            {
                ParseItem();
            }
            catch (SyntaxError e)
            {
                _errors.Add(new BibtexError(e.Key, LineOf(e.Position), ColumnOf(e.Position), e.Message));
                _position = NextEntryStart(Math.Max(e.Position, at + 1));
            }
        }
    }

    /// <summary>Where to resume after an error: the next '@' at the start of a line (where real entries begin).</summary>
    private int NextEntryStart(int from)
    {
        for (var i = from; i < _text.Length; i++)
        {
            if (_text[i] == '@' && (i == 0 || _text[i - 1] == '\n' || (i > 0 && LineIsBlankBefore(i))))
            {
                return i;
            }
        }

        return _text.Length;
    }

    private string TextBefore(int index)
    {
        var start = _text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        return index > start ? _text[start..index] : "";
    }

    private bool LineIsBlankBefore(int index)
    {
        for (var i = index - 1; i >= 0 && _text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void ParseItem()
    {
        var start = _position;
        _position++; // '@'
        SkipSpace();
        var type = ReadName();
        if (type.Length == 0)
        {
            throw new SyntaxError(_position, null, "expected an entry type after '@'");
        }

        var lower = type.ToLowerInvariant();
        if (lower == "comment")
        {
            SkipComment();
            return;
        }

        SkipSpace();
        var close = Expect("{(") == '{' ? '}' : ')';
        if (lower == "preamble")
        {
            SkipSpace();
            ReadValue(null);
            SkipSpace();
            ExpectClose(close, null);
            return;
        }

        if (lower == "string")
        {
            SkipSpace();
            var name = ReadName();
            if (name.Length == 0)
            {
                throw new SyntaxError(_position, null, "@string needs a macro name");
            }

            SkipSpace();
            Expect("=");
            SkipSpace();
            _macros[name] = ReadValue(null);
            SkipSpace();
            ExpectClose(close, null);
            return;
        }

        SkipSpace();
        var key = ReadKey();
        if (key.Length == 0)
        {
            throw new SyntaxError(_position, null, "the entry has no citation key");
        }

        SkipSpace();
        var fields = new Dictionary<string, BibtexField>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipSpace();
            if (Peek() == close)
            {
                _position++;
                break;
            }

            if (Peek() != ',')
            {
                throw _position >= _text.Length ? NotClosed(start, key) : new SyntaxError(_position, key, $"expected ',' or '{close}' but found '{Peek()}' (a missing comma?)");
            }

            _position++;
            SkipSpace();
            if (Peek() == close)
            {
                _position++;
                break;
            }

            var fieldStart = _position;
            var field = ReadName();
            if (field.Length == 0)
            {
                throw _position >= _text.Length ? NotClosed(start, key) : new SyntaxError(_position, key, $"expected a field name but found '{Peek()}'");
            }

            SkipSpace();
            if (Peek() != '=')
            {
                throw new SyntaxError(_position, key, $"expected '=' after the field name '{field}'");
            }

            _position++;
            SkipSpace();
            var value = ReadValue(key);
            var name = field.ToLowerInvariant();
            if (fields.ContainsKey(name))
            {
                // BibTeX keeps the first and warns; so do we.
                _warnings.Add(new BibtexError(key, LineOf(fieldStart), ColumnOf(fieldStart), $"the field '{name}' appears twice; the first is kept"));
                continue;
            }

            fields[name] = new BibtexField(name, value, LineOf(fieldStart));
        }

        _entries.Add(new BibtexEntry(lower, key, fields, LineOf(start), _text[start.._position]));
    }

    /// <summary>A value: parts (braced, quoted, number or macro) joined by '#'.</summary>
    private string ReadValue(string? key)
    {
        var value = new StringBuilder();
        var valueStart = _position;
        while (true)
        {
            if (value.Length > MaxValueLength)
            {
                // @string macros doubled with '#' grow as 2^n: stop long before memory runs out.
                throw new SyntaxError(valueStart, key, $"the value grows past {MaxValueLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters (@string macros concatenated with '#' into each other?); no field needs that much");
            }

            SkipSpace();
            var c = Peek();
            if (c == '{')
            {
                value.Append(ReadBraced(key));
            }
            else if (c == '"')
            {
                value.Append(ReadQuoted(key));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = _position;
                while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
                {
                    _position++;
                }

                value.Append(_text, start, _position - start);
            }
            else if (IsNameChar(c))
            {
                var at = _position;
                var macro = ReadName();
                if (!_macros.TryGetValue(macro, out var expansion))
                {
                    throw new SyntaxError(at, key, $"undefined macro '{macro}' (define it with @string, or put the value in braces)");
                }

                value.Append(expansion);
            }
            else
            {
                throw new SyntaxError(_position, key, _position >= _text.Length ? "the entry ends before its value" : $"expected a value but found '{c}'");
            }

            SkipSpace();
            if (Peek() != '#')
            {
                return value.ToString();
            }

            _position++;
        }
    }

    /// <summary>The text inside balanced braces, inner braces kept (they protect capitals and group LaTeX).</summary>
    private string ReadBraced(string? key)
    {
        var start = _position;
        var depth = 0;
        for (; _position < _text.Length; _position++)
        {
            var c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length)
            {
                _position++;
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                _position++;
                return _text[(start + 1)..(_position - 1)];
            }
            else if (c == '@' && _text[_position - 1] == '\n' && LooksLikeEntry(_position))
            {
                break;
            }
        }

        throw new SyntaxError(start, key, "unbalanced braces: a '{' is never closed");
    }

    private string ReadQuoted(string? key)
    {
        var start = _position;
        var depth = 0;
        for (_position++; _position < _text.Length; _position++)
        {
            var c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (c == '"' && depth == 0)
            {
                _position++;
                return _text[(start + 1)..(_position - 1)];
            }
            else if (c == '\n' && _position + 1 < _text.Length && _text[_position + 1] == '@')
            {
                break;
            }
        }

        throw new SyntaxError(start, key, "a quoted value is never closed");
    }

    private bool LooksLikeEntry(int at)
    {
        var i = at + 1;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return i > at + 1 && i < _text.Length && _text[i] is '{' or '(';
    }

    /// <summary>@comment: a braced block, or the rest of the line; a block never closed covers only its own line.</summary>
    private void SkipComment()
    {
        SkipSpace();
        if (Peek() is '{' or '(')
        {
            var blockStart = _position;
            var open = Peek();
            var close = open == '{' ? '}' : ')';
            var depth = 0;
            for (; _position < _text.Length; _position++)
            {
                if (_text[_position] == open)
                {
                    depth++;
                }
                else if (_text[_position] == close && --depth == 0)
                {
                    _position++;
                    return;
                }
            }

            _position = blockStart;
        }

        var end = _text.IndexOf('\n', _position);
        _position = end < 0 ? _text.Length : end;
    }

    private string ReadName()
    {
        var start = _position;
        while (_position < _text.Length && IsNameChar(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    /// <summary>Keys may hold almost anything but delimiters, commas and spaces: DBLP:conf/nips/SuZ22, 10.5555/1234.5678.</summary>
    private string ReadKey()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] is not (',' or '}' or ')' or '{' or '(' or '=' or '"' or '#' or '%') && !char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'';

    private char Expect(string allowed)
    {
        var c = Peek();
        if (!allowed.Contains(c, StringComparison.Ordinal) || _position >= _text.Length)
        {
            throw new SyntaxError(_position, null, _position >= _text.Length ? "the file ends inside an entry" : $"expected {string.Join(" or ", allowed.Select(a => $"'{a}'"))} but found '{c}'");
        }

        _position++;
        return c;
    }

    private void ExpectClose(char close, string? key)
    {
        if (Peek() != close)
        {
            throw new SyntaxError(_position, key, $"expected '{close}'");
        }

        _position++;
    }

    /// <summary>An entry that runs to the end of the file: reported where it starts, as a value with one '{' too many swallowed the rest.</summary>
    private static SyntaxError NotClosed(int entryStart, string key) =>
        new(entryStart, key, "the entry is not closed by the end of the file (a '{' in one of its values without its '}'?)");

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipSpace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '%')
            {
                // Comments run to the end of the line, as in TeX (JabRef writes them).
                var end = _text.IndexOf('\n', _position);
                _position = end < 0 ? _text.Length : end;
            }
            else
            {
                return;
            }
        }
    }

    private int LineOf(int position)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Min(position, _text.Length));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private int ColumnOf(int position) => Math.Min(position, _text.Length) - _lineStarts[LineOf(position) - 1] + 1;

    private sealed class SyntaxError(int position, string? key, string message) : Exception(message)
    {
        public int Position { get; } = position;

        public string? Key { get; } = key;
    }
}
