using Scholarly.Diagnostics;

namespace Scholarly.Content;

/// <summary>A content file split into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The text between the two <c>---</c> lines.</param>
/// <param name="YamlLineOffset">Lines before the YAML in the file (1: the opening <c>---</c>).</param>
/// <param name="Body">Everything after the closing <c>---</c> line.</param>
/// <param name="BodyLine">The line of the file the body starts on.</param>
internal sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>
    /// Splits <paramref name="text"/> (line endings already normalised to <c>\n</c>).
    /// A file without an opening or closing fence is reported and gives null.
    /// </summary>
    public static FrontMatter? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (!IsFence(text, 0, out var yamlStart))
        {
            diagnostics.Error(file, 1, 1, "expected front matter: the file must start with a line '---', then YAML, then a closing '---'");
            return null;
        }

        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            if (IsFence(text, position, out var bodyStart))
            {
                return new FrontMatter(text[yamlStart..position], 1, text[bodyStart..], line + 1);
            }

            var next = text.IndexOf('\n', position);
            if (next < 0)
            {
                break;
            }

            position = next + 1;
            line++;
        }

        diagnostics.Error(file, 1, 1, $"front matter is not closed: no '---' line after the opening one (read to line {line})");
        return null;
    }

    /// <summary>True when a line starting at <paramref name="start"/> is exactly <c>---</c> (trailing blanks allowed).</summary>
    private static bool IsFence(string text, int start, out int nextLine)
    {
        nextLine = start;
        if (string.CompareOrdinal(text, start, Fence, 0, Fence.Length) != 0)
        {
            return false;
        }

        var end = text.IndexOf('\n', start);
        var lineEnd = end < 0 ? text.Length : end;
        for (var i = start + Fence.Length; i < lineEnd; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        nextLine = end < 0 ? text.Length : end + 1;
        return true;
    }
}
