using System.Collections.Concurrent;

namespace Scholarly.Templating;

/// <summary>
/// Finds the file for a layout or partial: the site's own <c>layouts/</c> first, then the theme, then its parents.
/// Lookups are cached; a miss returns every path tried so the error can list them.
/// </summary>
/// <remarks>Thread-safe: renders resolve in parallel.</remarks>
internal sealed class LayoutResolver(string siteDirectory, Theme theme)
{
    public const string SiteLayoutsFolder = Content.SiteLayout.LayoutsFolder;

    private readonly ConcurrentDictionary<(TemplateKind, string), string?> _cache = new();

    /// <summary>Every path a template of this kind and name may live at, most specific first.</summary>
    public IReadOnlyList<string> Candidates(TemplateKind kind, string name)
    {
        var file = Path.HasExtension(name) ? name : name + ".html";
        var candidates = new List<string>();
        if (kind == TemplateKind.Layout)
        {
            candidates.Add(Path.Combine(siteDirectory, SiteLayoutsFolder, file));
            candidates.AddRange(theme.Chain().Select(t => Path.Combine(t.Directory, "layouts", file)));
        }
        else
        {
            candidates.Add(Path.Combine(siteDirectory, SiteLayoutsFolder, "partials", file));
            candidates.AddRange(theme.Chain().Select(t => Path.Combine(t.Directory, "partials", file)));
        }

        return candidates;
    }

    /// <summary>The first candidate that exists, or null.</summary>
    public string? Resolve(TemplateKind kind, string name) =>
        IsSafeName(name) ? _cache.GetOrAdd((kind, name), key => Candidates(key.Item1, key.Item2).FirstOrDefault(File.Exists)) : null;

    /// <summary>Names are plain relative paths inside the layouts folders: no "..", no rooted paths.</summary>
    private static bool IsSafeName(string name) =>
        name.Length > 0 && !Path.IsPathRooted(name) && !name.Split('/', '\\').Any(part => part is ".." or "." or "");
}
