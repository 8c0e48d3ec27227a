using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;

namespace Scholarly.Themes;

/// <summary>
/// Finds a theme by name, the site's own <c>themes/</c> folder first, then the themes that ship with the tool,
/// and follows <c>extends:</c> to its parents; a cycle is an error naming the chain.
/// </summary>
internal sealed class ThemeLocator(string siteDirectory, string builtInThemesDirectory)
{
    private static readonly HashSet<string> KnownKeys = ["name", "description", "version", "author", "extends", "params"];

    /// <summary>Folders searched for themes, in order.</summary>
    public IReadOnlyList<string> SearchFolders { get; } =
        [Path.Combine(siteDirectory, SiteLayout.ThemesFolder), builtInThemesDirectory];

    /// <summary>
    /// Loads theme <paramref name="name"/>; an unknown name is reported at <paramref name="file"/>:<paramref name="line"/>
    /// (the config line that asked for it).
    /// </summary>
    public Theme? Locate(string name, string file, int line, DiagnosticBag diagnostics) =>
        Locate(name, file, line, diagnostics, []);

    private Theme? Locate(string name, string file, int line, DiagnosticBag diagnostics, List<string> chain)
    {
        if (chain.Contains(name, StringComparer.Ordinal))
        {
            diagnostics.Error(file, line, 0, $"themes extend each other in a cycle: {string.Join(" → ", chain)} → {name}");
            return null;
        }

        var safeName = name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && !name.StartsWith('.');
        var directory = safeName ? SearchFolders.Select(f => Path.Combine(f, name)).FirstOrDefault(d => Directory.Exists(d) && !IsSiteLink(d, diagnostics)) : null;
        if (directory is null)
        {
            var available = Available();
            var known = available.Count == 0 ? "none found" : string.Join(", ", available);
            diagnostics.Error(file, line, 0, $"unknown theme '{name}' (looked in {string.Join(" and ", SearchFolders)}; available: {known})");
            return null;
        }

        chain.Add(name);
        var manifestPath = Path.Combine(directory, Theme.ManifestFile);
        var manifestFile = Path.GetRelativePath(siteDirectory, manifestPath).Replace('\\', '/');
        YamlMap? manifest = null;
        if (SymbolicLinks.IsLink(manifestPath))
        {
            diagnostics.Error(manifestFile, 0, 0, $"{Theme.ManifestFile} is a symbolic link (to {SymbolicLinks.TargetOf(manifestPath)}); links are not followed, copy the file here instead");
            return null;
        }

        if (File.Exists(manifestPath))
        {
            try
            {
                manifest = YamlMap.Parse(ContentText.Read(manifestPath), manifestFile, 0, diagnostics);
            }
            catch (InvalidContentException e)
            {
                diagnostics.Error(manifestFile, e.Line, 0, e.Message);
                return null;
            }

            if (manifest is null)
            {
                return null;
            }

            manifest.WarnUnknownKeys(KnownKeys, Theme.ManifestFile);
        }

        Theme? parent = null;
        var extends = manifest?.String("extends")?.Trim();
        if (extends is not null)
        {
            parent = Locate(extends, manifestFile, manifest!.LineOf("extends"), diagnostics, chain);
            if (parent is null)
            {
                return null;
            }
        }

        return new Theme(
            name,
            directory,
            manifest?.String("description"),
            manifest?.String("version"),
            manifest?.String("author"),
            [.. manifest?.Map("params")?.Values().Select(v => new ParamSetting(v.Key, v.Value, manifestFile, v.Line)) ?? []],
            parent);
    }

    /// <summary>
    /// Every theme found, the site's own first, each loaded with its manifest; a name in both folders is the site's.
    /// <c>BuiltIn</c> says the theme ships with the tool.
    /// </summary>
    public List<(Theme Theme, bool BuiltIn)> All(DiagnosticBag diagnostics)
    {
        var themes = new List<(Theme Theme, bool BuiltIn)>();
        foreach (var name in Available())
        {
            var theme = Locate(name, Theme.ManifestFile, 0, diagnostics);
            if (theme is not null)
            {
                var builtIn = !Path.GetFullPath(theme.Directory).StartsWith(Path.GetFullPath(SearchFolders[0]) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                themes.Add((theme, builtIn));
            }
        }

        return [.. themes.OrderBy(t => t.BuiltIn).ThenBy(t => t.Theme.Name, StringComparer.Ordinal)];
    }

    /// <summary>A theme folder in the site reached through a symbolic link: not used (it could hold anyone's files), and said so.</summary>
    private bool IsSiteLink(string directory, DiagnosticBag diagnostics)
    {
        if (SymbolicLinks.RootFor(directory, siteDirectory) != siteDirectory || SymbolicLinks.FirstOnPath(siteDirectory, directory) is not { } link)
        {
            return false;
        }

        SymbolicLinks.Warn(siteDirectory, link, "not used as a theme", diagnostics);
        return true;
    }

    /// <summary>The names of every theme found in the search folders, sorted.</summary>
    public List<string> Available() =>
        [.. SearchFolders.Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
