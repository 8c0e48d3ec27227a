using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Themes;

namespace Scholarly.Output;

/// <summary>Files copied as they are: the theme's assets (parents first, so a child theme overrides) and the site's static/ folder.</summary>
internal static class StaticFiles
{
    public const string StaticFolder = SiteLayout.StaticFolder;
    public const string AssetsFolder = "assets";

    /// <summary>
    /// Theme assets under <c>assets/</c>; a file in a child theme replaces the parent's file of the same path. A theme in
    /// the site is checked for links from the site folder down, a built-in one from its own folder.
    /// </summary>
    public static IEnumerable<CopiedOutputFile> ThemeAssets(Theme theme, string siteDirectory, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, CopiedOutputFile>(StringComparer.Ordinal);
        foreach (var layer in theme.Chain().Reverse())
        {
            foreach (var (relative, info) in FilesUnder(SymbolicLinks.RootFor(layer.Directory, siteDirectory), Path.Combine(layer.Directory, AssetsFolder), diagnostics))
            {
                var path = AssetsFolder + "/" + relative;
                files[path] = new CopiedOutputFile(path, info.FullName, $"theme '{layer.Name}'", ThemeFile: path);
            }
        }

        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>The site's <c>static/</c> folder, copied to the root of the output (static/cv.pdf → cv.pdf).</summary>
    public static IEnumerable<CopiedOutputFile> SiteStatic(string siteDirectory, DiagnosticBag diagnostics) =>
        FilesUnder(siteDirectory, Path.Combine(siteDirectory, StaticFolder), diagnostics)
            .Select(f => new CopiedOutputFile(f.Relative, f.Full, $"{StaticFolder}/{f.Relative}"));

    /// <summary>Everything under a folder but version-control and desktop clutter; dotfiles such as .nojekyll or .well-known/ are kept.</summary>
    private static readonly HashSet<string> Clutter = [".git", ".svn", ".hg", ".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"];

    /// <summary>
    /// The files under <paramref name="folder"/>. Symbolic links are not followed (a link to a file outside the site
    /// would publish it); each is a warning.
    /// </summary>
    private static IEnumerable<ListedFile> FilesUnder(string root, string folder, DiagnosticBag diagnostics) =>
        SymbolicLinks.FilesUnder(root, folder, "not published", diagnostics)
            .Where(f => !f.Relative.Split('/').Any(Clutter.Contains));
}
