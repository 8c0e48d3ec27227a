using System.Text.RegularExpressions;

namespace Scholarly.Publishing;

/// <summary>
/// A site built for an example address (example.org, as <c>scholarly new</c> writes base_url until it is set) works
/// when published, but its feeds, sitemap, canonical links and link previews all point at the example: surely not
/// what its author meant, so publishing it is a warning that says what to set.
/// </summary>
internal static partial class PlaceholderAddress
{
    /// <summary>The warning for the built site in <paramref name="outputFolder"/>, or null when its address is a real one (or unknown).</summary>
    public static string? WarningFor(string outputFolder)
    {
        var home = Path.Combine(outputFolder, "index.html");
        if (!File.Exists(home) || Canonical().Match(File.ReadAllText(home)) is not { Success: true } match
            || !Uri.TryCreate(match.Groups[1].Value, UriKind.Absolute, out var address))
        {
            return null;
        }

        // RFC 2606 keeps these names for examples: no one publishes a homepage there.
        var host = address.Host.ToLowerInvariant();
        var isExample = host is "example.org" or "example.com" or "example.net" || host.EndsWith(".example", StringComparison.Ordinal)
            || host.EndsWith(".example.org", StringComparison.Ordinal) || host.EndsWith(".example.com", StringComparison.Ordinal);
        return isExample
            ? $"the site was built for {address.AbsoluteUri}, an example address: its feeds, sitemap and link previews point there. Set base_url in scholarly.yml to where it is published (https://USER.github.io/REPO/ for GitHub Pages), build, and publish again"
            : null;
    }

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"")]
    private static partial Regex Canonical();
}
