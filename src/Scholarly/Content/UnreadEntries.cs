using Scholarly.Diagnostics;

namespace Scholarly.Content;

/// <summary>
/// Warns about what sits in a site folder but is never read: <c>about.md</c> beside <c>pages/</c>, a misspelt
/// <c>paper/</c>, a PDF in <c>papers/</c> (reported while the loader lists that folder). Each is valid, but surely not what its author meant, so it is named with
/// what to do instead ("did you mean 'papers'?", "move it into static/").
/// </summary>
internal static class UnreadEntries
{
    /// <summary>Files a repository usually keeps at its top, beside a site that is the repository: never content.</summary>
    private static readonly HashSet<string> RepositoryFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING", "CODE_OF_CONDUCT", "CITATION", "AUTHORS", "NOTICE", "SECURITY",
    };

    /// <summary>Extensions of files that look like content (a page, a config) or like something to publish (a CV, a photo).</summary>
    private static readonly HashSet<string> ContentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".yml", ".yaml", ".html", ".htm" };

    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".css", ".js",
    };

    /// <summary>Reports the unread entries of <paramref name="siteDirectory"/>; the output folder, when it lies inside, is the build's own.</summary>
    public static void Warn(string siteDirectory, string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        foreach (var entry in new DirectoryInfo(siteDirectory).EnumerateFileSystemInfos())
        {
            var name = entry.Name;
            if (name.StartsWith('.') || SiteLayout.IsRead(name) || IsOutput(entry, output))
            {
                continue;
            }

            if (entry is DirectoryInfo folder)
            {
                // A folder of scripts or tools beside the site is no mistake; a near-miss name or a folder of pages is.
                var suggestion = Suggestion.DidYouMean(name, Folders);
                if (suggestion.Length > 0 || HoldsMarkdown(folder))
                {
                    diagnostics.Warning(name + "/", 0, 0,
                        $"this folder is not read{suggestion}; a site reads {string.Join(", ", Folders.Select(f => f + "/"))}; files to publish as they are go in {SiteLayout.StaticFolder}/");
                }
            }
            else if (!RepositoryFiles.Contains(Path.GetFileNameWithoutExtension(name)) && ContentExtensions.Contains(entry.Extension))
            {
                var page = entry.Extension is ".md" or ".markdown" ? $"; a page goes in {SiteLayout.PagesFolder}/ ({SiteLayout.PagesFolder}/{Path.GetFileNameWithoutExtension(name)}.md is /{Path.GetFileNameWithoutExtension(name)}/)" : "";
                diagnostics.Warning(name, 0, 0,
                    $"this file is not read{Suggestion.DidYouMean(name, [SiteLayout.ConfigFile, SiteLayout.ProfileFile, SiteLayout.CvFile])}; a site reads {SiteLayout.ConfigFile}, {SiteLayout.ProfileFile}, {SiteLayout.CvFile} and the Markdown files in {string.Join(", ", ContentFolders.Select(f => f + "/"))}{page}");
            }
            else if (AssetExtensions.Contains(entry.Extension))
            {
                diagnostics.Warning(name, 0, 0, $"this file is not published; move it into {SiteLayout.StaticFolder}/ ({SiteLayout.StaticFolder}/{name} is published as {name})");
            }
        }
    }

    private static readonly string[] ContentFolders =
        [SiteLayout.PapersFolder, SiteLayout.PagesFolder, SiteLayout.NewsFolder, SiteLayout.TalksFolder, SiteLayout.TeachingFolder, SiteLayout.ProjectsFolder];

    private static IEnumerable<string> Folders => SiteLayout.ReadEntries.Where(e => !Path.HasExtension(e));

    /// <summary>Whether a folder holds Markdown, at any depth, outside hidden folders and node_modules/ (whose READMEs are no pages).</summary>
    private static bool HoldsMarkdown(DirectoryInfo folder) =>
        folder.Name != "node_modules" && !folder.Name.StartsWith('.') &&
        (folder.EnumerateFiles().Any(f => f.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || f.Extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
         || folder.EnumerateDirectories().Where(d => (d.Attributes & FileAttributes.ReparsePoint) == 0).Any(HoldsMarkdown));

    /// <summary>Editors' backup, swap and lock files: never content, never worth a warning.</summary>
    private static bool IsEditorFile(string name) =>
        name.EndsWith('~') || (name.StartsWith('#') && name.EndsWith('#'))
        || Path.GetExtension(name) is ".swp" or ".swo" or ".bak" or ".tmp" or ".orig";

    /// <summary>
    /// A file in papers/ that is not a paper file (a PDF, notes.txt, x.markdown): never built or published.
    /// <paramref name="relative"/> is its path from the site folder; files in hidden folders are left alone.
    /// </summary>
    public static void WarnInPapers(string relative, DiagnosticBag diagnostics)
    {
        if (relative.Split('/').Any(part => part.StartsWith('.')) || IsEditorFile(Path.GetFileName(relative)))
        {
            return;
        }

        var extension = Path.GetExtension(relative);
        var advice = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            ? $"paper files end in .md; rename it to {Path.GetFileNameWithoutExtension(relative)}.md"
            : $"{SiteLayout.PapersFolder}/ holds paper files (*.md); files to publish go in {SiteLayout.StaticFolder}/, for example {SiteLayout.StaticFolder}/{relative}";
        diagnostics.Warning(relative, 0, 0, $"this file is not read: {advice}");
    }

    /// <summary>The build's own output folder, or a Scholarly output from an earlier build with another --output.</summary>
    private static bool IsOutput(FileSystemInfo entry, string output) =>
        entry is DirectoryInfo directory &&
        (Path.TrimEndingDirectorySeparator(directory.FullName).Equals(output, StringComparison.Ordinal) || File.Exists(Path.Combine(directory.FullName, SiteLayout.OutputMarkerFile)));
}
