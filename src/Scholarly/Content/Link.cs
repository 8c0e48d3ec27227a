namespace Scholarly.Content;

/// <summary>A labelled link: a paper's code or PDF, a profile's CV or ORCID.</summary>
/// <param name="Kind">What it points at, lower case (code, pdf, arxiv, orcid, ...); "link" when not known.</param>
/// <param name="Label">The text a reader sees.</param>
/// <param name="Url">An absolute http(s) or mailto address, or a path relative to the site root.</param>
public sealed record Link(string Kind, string Label, string Url)
{
    /// <summary>True when the address leaves the site (so the theme may mark it external).</summary>
    public bool IsExternal => Url.Contains("://", StringComparison.Ordinal) || Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
