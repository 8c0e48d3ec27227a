using System.Text.RegularExpressions;

namespace Scholarly.Content;

/// <summary>
/// Turns what a user writes as a link into an address a page can carry safely:
/// http(s) and mailto pass, an arXiv id or a DOI becomes its resolver's address,
/// a relative path stays relative to the site root, and any other scheme (javascript:, data:) is refused.
/// </summary>
internal static partial class LinkAddress
{
    /// <summary>Normalises <paramref name="raw"/> for a link of <paramref name="kind"/>; null with a reason when it cannot be used.</summary>
    public static string? Normalize(string kind, string raw, out string? problem)
    {
        problem = null;
        var text = raw.Trim();
        if (text.Contains('\\', StringComparison.Ordinal))
        {
            // Browsers read a backslash as a slash: "\\evil.example/x" would lead to another host.
            problem = $"'{text}' contains a backslash; write paths with '/'";
            return null;
        }
        if (kind == "arxiv" && ArxivId().IsMatch(text))
        {
            return "https://arxiv.org/abs/" + text;
        }

        if (kind == "doi" && text.StartsWith("10.", StringComparison.Ordinal))
        {
            return "https://doi.org/" + Uri.EscapeDataString(text).Replace("%2F", "/", StringComparison.Ordinal);
        }

        // The scheme check looks past leading slashes, since they are trimmed from site paths below:
        // "/javascript:alert(1)" must not come out as "javascript:alert(1)".
        var unrooted = text.TrimStart('/');
        var colon = unrooted.IndexOf(':', StringComparison.Ordinal);
        var slash = unrooted.IndexOf('/', StringComparison.Ordinal);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme)
        {
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                problem = $"'{text}' has no scheme: write https://{text.TrimStart('/')}";
                return null;
            }

            if (text.Length == 0 || text.Any(char.IsWhiteSpace))
            {
                problem = $"'{text}' is not an address (it is empty or has spaces)";
                return null;
            }

            if (ClimbsOut(unrooted))
            {
                problem = $"'{text}' leads outside the site: a path is read from the site's root (static/files/x.pdf is files/x.pdf)";
                return null;
            }

            return unrooted;
        }

        if (unrooted.Length != text.Length)
        {
            problem = $"'{text}' starts with '/' before a scheme; write the address without it";
            return null;
        }

        var scheme = text[..colon].ToLowerInvariant();
        if (scheme is "mailto")
        {
            return text;
        }

        if (scheme is not ("http" or "https") || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            problem = scheme is "http" or "https"
                ? $"'{text}' is not a valid address"
                : $"'{text}' uses the scheme '{scheme}:'; only http, https and mailto links are allowed";
            return null;
        }

        return text;
    }

    /// <summary>The file a site path names, as it is on disk: no query or fragment, percent-escapes decoded.</summary>
    public static string FilePathOf(string url) => Uri.UnescapeDataString(url.Split('?', '#')[0]);

    /// <summary>Whether a site path's ".." segments climb above the site root ("../x", "a/../../x"); "." and "a/../b" stay inside.</summary>
    private static bool ClimbsOut(string path)
    {
        var depth = 0;
        // Browsers decode %2e%2e to ".." in a path, so the check does too.
        foreach (var segment in path.Split('?', '#')[0].Split('/').Select(Uri.UnescapeDataString))
        {
            if (segment == "..")
            {
                if (--depth < 0)
                {
                    return true;
                }
            }
            else if (segment is not ("" or "."))
            {
                depth++;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$")]
    private static partial Regex ArxivId();
}
