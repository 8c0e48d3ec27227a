using System.Text;
using System.Text.RegularExpressions;

namespace Scholarly.Tests.Support;

/// <summary>
/// A whole site in one string, as Go's txtar archives hold a test's files: each file starts with a line
/// <c>-- PATH --</c> and runs to the next such line, byte for byte. Marks after the path say what a string literal
/// cannot show: <c>-- papers/a.md (crlf) --</c> writes the file with Windows line endings, <c>(bom)</c> with a UTF-8
/// byte order mark, <c>(no newline)</c> without its last line break.
/// </summary>
internal static partial class SiteText
{
    /// <summary>The files of <paramref name="archive"/>, path → bytes, in order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Parse(string archive)
    {
        var files = new List<(string, byte[])>();
        var text = archive.Replace("\r\n", "\n", StringComparison.Ordinal);
        var markers = Marker().Matches(text);
        if (markers.Count == 0 || text[..markers[0].Index].Trim().Length > 0)
        {
            throw new FormatException("a site text starts with a line '-- PATH --'");
        }

        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            var content = text[start..end];
            var marks = markers[i].Groups["marks"].Captures.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            if (marks.Except(["crlf", "bom", "no newline"]).FirstOrDefault() is { } unknown)
            {
                throw new FormatException($"unknown mark ({unknown}) on {markers[i].Groups["path"].Value}");
            }

            if (marks.Contains("no newline") && content.EndsWith('\n'))
            {
                content = content[..^1];
            }

            if (marks.Contains("crlf"))
            {
                content = content.Replace("\n", "\r\n", StringComparison.Ordinal);
            }

            var bytes = Encoding.UTF8.GetBytes(content);
            files.Add((markers[i].Groups["path"].Value, marks.Contains("bom") ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes));
        }

        return files;
    }

    /// <summary>A test site made of the archive's files (relative to the site folder) over the defaults.</summary>
    public static TestSite Site(string archive)
    {
        var site = new TestSite();
        foreach (var (path, bytes) in Parse(archive))
        {
            var full = System.IO.Path.Combine(site.SiteDirectory, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return site;
    }

    [GeneratedRegex(@"^-- (?<path>[^\s()][^()\n]*?)(?: \((?<marks>[a-z ]+)\))* --\n", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
