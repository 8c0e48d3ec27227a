using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>
/// Reads a content folder (<c>news/</c>, <c>talks/</c>, <c>pages/</c> …): every Markdown file at its top, each with
/// front matter, through one kind's reader. Other files there are warned about, never read.
/// </summary>
internal static class EntryReader
{
    /// <summary>
    /// Every entry of <paramref name="folder"/> in file-name order; null when one has errors (they are in the
    /// diagnostics). <paramref name="kindKeys"/> are the keys the kind reads besides <see cref="EntrySource.CommonKeys"/>.
    /// </summary>
    public static IReadOnlyList<T>? ReadAll<T>(
        string siteDirectory, string folder, string what, IEnumerable<string> kindKeys, MarkdownRenderer markdown, DiagnosticBag diagnostics, Func<EntrySource, T> read)
        where T : class
    {
        var known = new HashSet<string>([.. EntrySource.CommonKeys, .. kindKeys], StringComparer.Ordinal);
        var entries = new List<T>();
        var ok = true;
        foreach (var (relative, info) in SymbolicLinks.FilesUnder(siteDirectory, Path.Combine(siteDirectory, folder), "not read", diagnostics))
        {
            var full = info.FullName;
            var display = $"{folder}/{relative}";
            if (Path.GetFileName(full).StartsWith('.') || relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            if (!full.EndsWith(".md", StringComparison.Ordinal) || relative.Contains('/', StringComparison.Ordinal))
            {
                diagnostics.Warning(display, 0, 0, $"this file is not read: {what} is a Markdown file at the top of {folder}/ ({folder}/{Path.GetFileNameWithoutExtension(relative)}.md); files to publish as they are go in {SiteLayout.StaticFolder}/");
                continue;
            }

            var entry = Read(full, display, known, markdown, diagnostics, read);
            ok &= entry is not null;
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return ok ? entries : null;
    }

    private static T? Read<T>(string path, string displayPath, HashSet<string> known, MarkdownRenderer markdown, DiagnosticBag diagnostics, Func<EntrySource, T> read)
        where T : class
    {
        var local = new DiagnosticBag();
        T? entry = null;
        try
        {
            var front = FrontMatter.Split(ContentText.Read(path), displayPath, local);
            var map = front is null ? null : YamlMap.Parse(front.Yaml, displayPath, front.YamlLineOffset, local);
            if (front is not null && map is not null)
            {
                map.WarnUnknownKeys(known, "the front matter");
                entry = read(new EntrySource(map, front.Body, front.BodyLine, path, markdown));
            }
        }
        catch (InvalidContentException e)
        {
            local.Error(displayPath, e.Line, 0, e.Message);
        }

        diagnostics.AddRange(local);
        return local.HasErrors ? null : entry;
    }
}
