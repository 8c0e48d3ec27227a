using Scholarly.Configuration;

namespace Scholarly.Themes;

/// <summary>A theme folder and its manifest (<c>theme.yml</c>); <see cref="Parent"/> is the theme it extends.</summary>
/// <param name="Params">The params the theme declares, with their defaults.</param>
internal sealed record Theme(string Name, string Directory, string? Description, string? Version, string? Author, IReadOnlyList<ParamSetting> Params, Theme? Parent)
{
    public const string ManifestFile = "theme.yml";

    /// <summary>This theme, then its parent, then the parent's parent: the order lookups follow.</summary>
    public IEnumerable<Theme> Chain()
    {
        for (var theme = this; theme is not null; theme = theme.Parent)
        {
            yield return theme;
        }
    }
}
