using System.Collections.Concurrent;
using Scholarly.Content;
using Scholarly.Themes;

namespace Scholarly.Templating;

/// <summary>
/// Finds the file for a layout or partial: the site's own <c>layouts/</c> or <c>partials/</c> first, then the theme, then its parents.
/// Lookups are cached; a miss returns every path tried so the error can list them. A candidate reached through a
/// symbolic link is passed over (it could render a file from anywhere into a page) and kept in <see cref="SkippedLinks"/>.
/// </summary>
/// <remarks>Thread-safe: renders resolve in parallel.</remarks>
internal sealed class LayoutResolver(string siteDirectory, Theme theme)
{
    private readonly ConcurrentDictionary<(TemplateKind, string), string?> _cache = new();

    /// <summary>The links lookups passed over, each with the folder it was checked from (for the warning's path).</summary>
    public ConcurrentDictionary<string, string> SkippedLinks { get; } = new(StringComparer.Ordinal);

    /// <summary>Every path a template of this kind and name may live at, most specific first.</summary>
    public IReadOnlyList<string> Candidates(TemplateKind kind, string name) => [.. Rooted(kind, name).Select(c => c.Path)];

    /// <summary>The first candidate that exists and is reached through no symbolic link, or null.</summary>
    public string? Resolve(TemplateKind kind, string name) =>
        IsSafeName(name) ? _cache.GetOrAdd((kind, name), key => Rooted(key.Item1, key.Item2).FirstOrDefault(Usable).Path) : null;

    private bool Usable((string Path, string Root) candidate)
    {
        if (SymbolicLinks.FirstOnPath(candidate.Root, candidate.Path) is { } link)
        {
            SkippedLinks.TryAdd(link, candidate.Root);
            return false;
        }

        return File.Exists(candidate.Path);
    }

    /// <summary>Each candidate with the folder links are checked from: the site folder, or the theme's own.</summary>
    private List<(string Path, string Root)> Rooted(TemplateKind kind, string name)
    {
        var file = Path.HasExtension(name) ? name : name + ".html";
        var folder = kind == TemplateKind.Layout ? SiteLayout.LayoutsFolder : SiteLayout.PartialsFolder;

        // The same folder names in a site as in a theme; a site's layouts/partials/ (the older place) comes after its partials/.
        var candidates = new List<(string Path, string Root)> { (Path.Combine(siteDirectory, folder, file), siteDirectory) };
        if (kind == TemplateKind.Partial)
        {
            candidates.Add((Path.Combine(siteDirectory, SiteLayout.LayoutsFolder, SiteLayout.PartialsFolder, file), siteDirectory));
        }

        candidates.AddRange(theme.Chain().Select(t => (Path.Combine(t.Directory, folder, file), SymbolicLinks.RootFor(t.Directory, siteDirectory))));
        return candidates;
    }

    /// <summary>Names are plain relative paths inside the layouts folders: no "..", no rooted paths.</summary>
    private static bool IsSafeName(string name) =>
        name.Length > 0 && !Path.IsPathRooted(name) && !name.Split('/', '\\').Any(part => part is ".." or "." or "");
}
