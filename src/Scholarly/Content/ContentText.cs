using System.Text;

namespace Scholarly.Content;

/// <summary>
/// Reads a text file the way every content reader expects it: UTF-8 (a BOM dropped), line endings <c>\n</c>, and no
/// control characters. Bytes that are not UTF-8 would otherwise turn into U+FFFD on the page without a word, and a
/// NUL or a bell is never meant in text; both are a <see cref="InvalidContentException"/> naming the line.
/// </summary>
internal static class ContentText
{
    /// <summary>C0 control characters but line feed and tab (a carriage return is gone by the time this is searched).</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\n' or '\t'))]);

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>The text of a file's <paramref name="bytes"/>, checked and normalised as <see cref="Read"/> does.</summary>
    public static string Decode(byte[] bytes)
    {
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length - 1);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            throw new InvalidContentException($"the file is not UTF-8: the byte 0x{bytes[at]:X2} on line {line} is no character in it (save the file as UTF-8)", line);
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var control = text.AsSpan().IndexOfAny(ControlCharacters);
        if (control >= 0)
        {
            var line = 1 + text.AsSpan(0, control).Count('\n');
            var name = text[control] == '\0' ? " (NUL)" : "";
            throw new InvalidContentException($"line {line} holds the control character U+{(int)text[control]:X4}{name}, which no text means; is this a text file? Remove it", line);
        }

        return text;
    }
}

/// <summary>A content file that cannot be read as text; <see cref="Line"/> is where the problem is.</summary>
internal sealed class InvalidContentException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}
