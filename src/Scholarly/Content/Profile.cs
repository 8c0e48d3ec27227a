namespace Scholarly.Content;

/// <summary>The researcher the site is about, from <c>profile.md</c>.</summary>
public sealed record Profile(
    string Name,
    string? Affiliation,
    string? Position,
    string? Photo,
    string? Email,
    IReadOnlyList<Link> Links,
    IReadOnlyList<Metric> Metrics,
    string BioHtml);
