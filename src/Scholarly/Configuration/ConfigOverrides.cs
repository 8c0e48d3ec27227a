using Scholarly.Diagnostics;

namespace Scholarly.Configuration;

/// <summary>What the command line says over scholarly.yml: <c>--theme</c> and <c>--base-url</c>.</summary>
internal static class ConfigOverrides
{
    /// <summary>The config with the overrides given (null ones leave it as it is); null when one is unusable.</summary>
    public static SiteConfig? Apply(SiteConfig config, string? theme, string? baseUrl, DiagnosticBag diagnostics)
    {
        if (theme is not null)
        {
            config = config with { Theme = theme, SourceFile = "--theme", ThemeLine = 0 };
        }

        if (baseUrl is not null)
        {
            if (!SiteConfigLoader.TryParseBaseUrl(baseUrl, out var url, out var problem))
            {
                diagnostics.Error("--base-url", 0, 0, $"'{baseUrl}' is not an http(s) address such as https://USER.github.io/REPO/: {problem}");
                return null;
            }

            config = config with { BaseUrl = url! };
        }

        return config;
    }
}
