namespace Scholarly.Content;

/// <summary>A talk given (<c>talks/*.md</c>): where and when, what kind, its slides and video, the papers it presents.</summary>
internal sealed record Talk : Entry
{
    public required DateOnly Date { get; init; }

    public required DatePrecision DatePrecision { get; init; }

    /// <summary>The event it was given at ("NeurIPS 2024", "MIT CSAIL seminar"), or null.</summary>
    public required string? Event { get; init; }

    /// <summary>Where, as written ("Vancouver, Canada", "online"), or null.</summary>
    public required string? Location { get; init; }

    /// <summary>The kind of talk, lower case (invited, contributed, keynote, poster, …), or null.</summary>
    public required string? Type { get; init; }

    /// <summary>The papers it presents, by slug, as written.</summary>
    public required IReadOnlyList<PaperReference> Papers { get; init; }
}
