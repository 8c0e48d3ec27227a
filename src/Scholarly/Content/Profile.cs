namespace Scholarly.Content;

/// <summary>The researcher the site is about, from <c>profile.md</c>.</summary>
/// <param name="PhotoLine">The line of <c>photo:</c>, for messages.</param>
internal sealed record Profile(
    string Name,
    string? Affiliation,
    string? Position,
    string? Photo,
    int PhotoLine,
    string? Email,
    IReadOnlyList<Link> Links,
    IReadOnlyList<Metric> Metrics,
    string BioHtml);
