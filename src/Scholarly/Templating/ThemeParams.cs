using Scholarly.Configuration;
using Scholarly.Diagnostics;
using Scholarly.Themes;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// The params templates see as <c>site.params</c>: each theme's defaults (parents first, so a child's default wins),
/// then the site's own values from <c>params:</c> in scholarly.yml. A site param no theme in the chain declares is
/// a warning naming it, since a theme would silently ignore it.
/// </summary>
internal static class ThemeParams
{
    public static ScriptObject Merge(Theme theme, IReadOnlyList<ParamSetting> siteParams, DiagnosticBag diagnostics)
    {
        var merged = new ScriptObject();
        foreach (var layer in theme.Chain().Reverse())
        {
            foreach (var param in layer.Params)
            {
                merged[param.Name] = ToScript(param.Value);
            }
        }

        foreach (var param in siteParams)
        {
            if (!merged.ContainsKey(param.Name))
            {
                var known = merged.Keys.Order(StringComparer.Ordinal).ToList();
                var list = known.Count == 0 ? "it declares none" : "it has: " + string.Join(", ", known);
                diagnostics.Warning(param.File, param.Line, 0, $"unknown param '{param.Name}' for theme '{theme.Name}' ({list}); it is ignored");
                continue;
            }

            merged[param.Name] = ToScript(param.Value);
        }

        merged.IsReadOnly = true;
        return merged;
    }

    private static object? ToScript(object? value) => value is List<object?> list ? new ReadOnlyScriptArray(list) : value;
}
