using System.Globalization;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scholarly.Content;

/// <summary>
/// A YAML mapping read with its source positions, so every typed read that fails
/// becomes a diagnostic naming the file and the line of the offending key.
/// </summary>
/// <remarks>Reads report into the bag and return null (or the default) rather than throw.</remarks>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    private YamlMap(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>The file the mapping came from, as shown in diagnostics.</summary>
    public string File { get; }

    /// <summary>The line in <see cref="File"/> where the mapping starts.</summary>
    public int Line => LineOf(_node);

    /// <summary>Keys in document order.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="lineOffset"/> + 1 of <paramref name="file"/>.
    /// An empty document is an empty mapping; a syntax error or a non-mapping root is reported and gives null.
    /// </summary>
    public static YamlMap? Parse(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (YamlDepth.FirstTooDeep(yaml) is { } tooDeep)
        {
            diagnostics.Error(file, (int)tooDeep.Line + lineOffset, (int)tooDeep.Column, $"the YAML is nested more than {YamlDepth.Limit} levels deep here; no setting needs that many");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            var hint = message.Contains("unknown escape", StringComparison.Ordinal) || message.Contains("hexadecimal", StringComparison.Ordinal)
                ? TexEscapeCheck.HintForUnknownEscape(yaml, e.Start.Index)
                : "";
            var text = hint.Length > 0 ? StripPosition(message).TrimEnd('.') + hint : StripPosition(message);
            var (line, column) = WhereTheErrorIs(yaml, message, e.Start);
            diagnostics.Error(file, line + lineOffset, column, $"invalid YAML: {text}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner gives up without a position on some unterminated flow collections.
            diagnostics.Error(file, UnclosedLine(yaml) + lineOffset, 0, "invalid YAML: an unclosed '[', '{' or quote");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), file, lineOffset, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(file, (int)node.Start.Line + lineOffset, (int)node.Start.Column, "expected a mapping of 'key: value' lines");
            return null;
        }

        TexEscapeCheck.Warn(root, yaml, file, lineOffset, diagnostics);
        return new YamlMap(root, file, lineOffset, diagnostics);
    }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The line of <paramref name="key"/>, or of the mapping when the key is absent.</summary>
    public int LineOf(string key) => _node.Children.FirstOrDefault(p => IsKey(p.Key, key)).Key is { } k ? LineOf(k) : Line;

    /// <summary>
    /// The line where the text of <paramref name="key"/>'s value starts: the key's own line, or the next one for a block
    /// scalar (<c>abstract: |</c>).
    /// </summary>
    public int TextLine(string key) => Find(key) is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } block
        ? LineOf(block) + 1
        : LineOf(key);

    /// <summary>Reports the formulas of <paramref name="key"/>'s Markdown value that cannot be typeset, at its line.</summary>
    public Action<MathProblem> MathProblemsOf(string key) => MathProblemsAt(TextLine(key));

    /// <summary>Reports the formulas of a Markdown value written at <paramref name="line"/> that cannot be typeset.</summary>
    public Action<MathProblem> MathProblemsAt(int line) => MathDiagnostics.At(_diagnostics, File, line, columns: false);

    /// <summary>Reports the formulas of the file's Markdown body (starting on <paramref name="bodyLine"/>) that cannot be typeset.</summary>
    public Action<MathProblem> MathProblemsOfBody(int bodyLine) => MathDiagnostics.At(_diagnostics, File, bodyLine, columns: true);

    /// <summary>A scalar as text; a missing key gives null, and an error too when <paramref name="required"/>.</summary>
    public string? String(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(LineOf(key), $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim() ?? "";
            if (text.Length == 0 && required)
            {
                Error(LineOf(node), $"'{key}' must not be empty");
                return null;
            }

            return text.Length == 0 ? null : scalar.Value;
        }

        Error(LineOf(node), $"'{key}' must be a single value, not a list or mapping");
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(LineOf(key), $"'{key}' must be true or false, not '{text}'");
                return fallback;
        }
    }

    public int? Int(string key, int min = int.MinValue)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            Error(LineOf(key), min == int.MinValue ? $"'{key}' must be a whole number, not '{text}'" : $"'{key}' must be a whole number of at least {min}, not '{text}'");
            return null;
        }

        return value;
    }

    /// <summary>
    /// A calendar date: <c>2024-05-23</c>, or an ISO 8601 date-time whose date part is taken.
    /// Anything else is an error that quotes the value.
    /// </summary>
    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (trimmed.Length > 10 && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            && char.IsDigit(trimmed[0]) && trimmed[4] == '-')
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        Error(LineOf(key), $"'{key}' is not a date: '{trimmed}' (write it as YYYY-MM-DD, for example 2024-05-23; YYYY-MM or YYYY when that is all you know)");
        return null;
    }

    /// <summary>
    /// A publication date as precise as it is known: 2024-05-23, 2024-05 or 2024 (BibTeX often has only the year).
    /// The date is the first day of what is known; the precision says how much of it to show.
    /// </summary>
    public (DateOnly? Date, DatePrecision Precision) PublicationDate(string key, bool required = false)
    {
        var text = String(key, required)?.Trim();
        if (text is null)
        {
            return (null, DatePrecision.Day);
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0)
        {
            return (new DateOnly(year, 1, 1), DatePrecision.Year);
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, DatePrecision.Month);
        }

        return (Date(key), DatePrecision.Day);
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [scalar.Value!];
            case YamlSequenceNode sequence:
                var items = new List<string>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } value } && !IsNull(child))
                    {
                        if (value.Trim().Length > 0)
                        {
                            items.Add(value.Trim());
                        }
                    }
                    else
                    {
                        Error(LineOf(child), $"each item of '{key}' must be a single value");
                    }
                }

                return items;
            default:
                Error(LineOf(node), $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>True when <paramref name="key"/> holds a mapping (asked before reading it one way or the other).</summary>
    public bool IsMap(string key) => Find(key) is YamlMappingNode;

    /// <summary>A nested mapping, or null when absent (an error when present but not a mapping).</summary>
    public YamlMap? Map(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, File, _lineOffset, _diagnostics);
            default:
                Error(LineOf(node), $"'{key}' must be a mapping of 'name: value' lines");
                return null;
        }
    }

    /// <summary>A list of mappings (for example links with a label and a url).</summary>
    /// <summary>True when <paramref name="key"/> holds a list.</summary>
    public bool IsList(string key) => Find(key) is YamlSequenceNode;

    /// <summary>How many items the list under <paramref name="key"/> has, valid or not; 0 when it is no list.</summary>
    public int ListCount(string key) => Find(key) is YamlSequenceNode sequence ? sequence.Children.Count : 0;

    /// <summary>
    /// The items of a list that may mix single values and mappings (<c>menu:</c>), in order, each with its line (a
    /// blank value as ""); a nested list is reported and left out. Empty when the key is missing or not a list.
    /// </summary>
    public IReadOnlyList<(string? Text, YamlMap? Map, int Line)> Items(string key)
    {
        if (Find(key) is not YamlSequenceNode sequence)
        {
            return [];
        }

        var items = new List<(string? Text, YamlMap? Map, int Line)>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            switch (child)
            {
                case YamlScalarNode scalar:
                    // A blank or null item is the caller's to skip, as a list of values skips it.
                    items.Add((IsNull(scalar) ? "" : (scalar.Value ?? "").Trim(), null, LineOf(child)));
                    break;
                case YamlMappingNode mapping:
                    items.Add((null, new YamlMap(mapping, File, _lineOffset, _diagnostics), LineOf(child)));
                    break;
                default:
                    Error(LineOf(child), $"each item of '{key}' must be a name or a mapping of 'name: value' lines");
                    break;
            }
        }

        return items;
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                var maps = new List<YamlMap>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlMappingNode mapping)
                    {
                        maps.Add(new YamlMap(mapping, File, _lineOffset, _diagnostics));
                    }
                    else
                    {
                        Error(LineOf(child), $"each item of '{key}' must be a mapping of 'name: value' lines");
                    }
                }

                return maps;
            default:
                Error(LineOf(node), $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>
    /// Every entry as a loosely typed value, for open-ended settings such as theme params: true/false become
    /// booleans, whole numbers integers, lists of scalars lists; anything nested deeper is reported and skipped.
    /// </summary>
    public IEnumerable<(string Key, object? Value, int Line)> Values()
    {
        foreach (var (keyNode, valueNode) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    yield return (key, Typed(scalar), LineOf(keyNode));
                    break;
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                    yield return (key, sequence.Children.Select(c => Typed((YamlScalarNode)c)).ToList(), LineOf(keyNode));
                    break;
                default:
                    Error(LineOf(keyNode), $"'{key}' must be a single value or a list of values");
                    break;
            }
        }
    }

    private static object? Typed(YamlScalarNode scalar)
    {
        if (IsNull(scalar))
        {
            return null;
        }

        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (text is "true" or "True" or "false" or "False")
            {
                return text is "true" or "True";
            }

            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return text;
    }

    /// <summary>Warns about every key not in <paramref name="known"/>, naming it and its line.</summary>
    public void WarnUnknownKeys(IReadOnlySet<string> known, string what)
    {
        foreach (var pair in _node.Children)
        {
            var name = (pair.Key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                var suggestion = Suggestion.DidYouMean(name, known);
                _diagnostics.Warning(File, LineOf(pair.Key), 0, $"unknown key '{name}' in {what}{suggestion}; it is ignored");
            }
        }
    }

    public void Error(int line, string message) => _diagnostics.Error(File, line, 0, message);

    public void Warning(int line, string message) => _diagnostics.Warning(File, line, 0, message);

    private YamlNode? Find(string key) =>
        _node.Children.FirstOrDefault(p => IsKey(p.Key, key)).Value;

    private static bool IsKey(YamlNode node, string key) => node is YamlScalarNode { Value: { } v } && v == key;

    private int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>
    /// Where a syntax error really is: YamlDotNet puts a tab in the indentation at the start of the enclosing
    /// mapping, and an unclosed '{' or '[' at the end of the document; both are moved to the line that has them.
    /// </summary>
    private static (int Line, int Column) WhereTheErrorIs(string yaml, string message, Mark start)
    {
        var lines = yaml.Split('\n');
        if (message.Contains("tab", StringComparison.Ordinal))
        {
            for (var i = Math.Max(0, (int)start.Line - 1); i < lines.Length; i++)
            {
                var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indentation + 1)
                {
                    return (i + 1, tab + 1);
                }
            }
        }

        if (message.Contains("did not find expected ',' or", StringComparison.Ordinal) && UnclosedLine(yaml) is var unclosed && unclosed <= start.Line)
        {
            return (unclosed, 0);
        }

        return ((int)start.Line, (int)start.Column);
    }

    /// <summary>The first line (1-based) that opens more brackets than it closes: where an unterminated flow collection starts.</summary>
    private static int UnclosedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Count(c => c is '[' or '{') > line.Count(c => c is ']' or '}') || line.Count(c => c == '"') % 2 == 1)
            {
                return i + 1;
            }
        }

        return 1;
    }

    /// <summary>YamlDotNet appends "(Line: x, Col: y ...)"; the diagnostic carries the position already.</summary>
    private static string StripPosition(string message)
    {
        var at = message.IndexOf("(Line:", StringComparison.Ordinal);
        return at > 0 ? message[..at].Trim() : message;
    }
}
