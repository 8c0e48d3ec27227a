namespace Scholarly.Content;

/// <summary>A labelled link: a paper's code or PDF, a profile's CV or ORCID.</summary>
/// <param name="Kind">What it points at, lower case (code, pdf, arxiv, orcid, ...); "link" when not known.</param>
/// <param name="Label">The text a reader sees.</param>
/// <param name="Url">An absolute http(s) or mailto address, or a path relative to the site root.</param>
/// <param name="Line">The line of its file that gives it (0 for one made up, such as the profile's email link), for messages.</param>
internal sealed record Link(string Kind, string Label, string Url, int Line = 0)
{
    /// <summary>True when the address leaves the site (so the theme may mark it external).</summary>
    public bool IsExternal => IsExternalAddress(Url);

    /// <summary>True for an address that leaves the site (http, https, mailto); false for a path in the site.</summary>
    public static bool IsExternalAddress(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
