namespace Scholarly.Content;

/// <summary>Reads a text file the way every content reader expects it: UTF-8, BOM dropped, line endings <c>\n</c>.</summary>
internal static class ContentText
{
    public static string Read(string path)
    {
        var text = File.ReadAllText(path);
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }
}
