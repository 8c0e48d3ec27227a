namespace Scholarly.Content;

/// <summary>A course taught (<c>teaching/*.md</c>): its code, term, the owner's role, where, and its links.</summary>
internal sealed record Course : Entry
{
    /// <summary>The course's code ("CS 229"), or null.</summary>
    public required string? Code { get; init; }

    /// <summary>The term as written ("Fall 2024", "2023–2024"), or null.</summary>
    public required string? Term { get; init; }

    /// <summary>The owner's part in it ("Instructor", "Teaching assistant"), or null.</summary>
    public required string? Role { get; init; }

    public required string? Institution { get; init; }

    /// <summary>When it started (<c>date:</c>), for the order of the list (newest first); null to follow those with one.</summary>
    public required DateOnly? Date { get; init; }

    public required DatePrecision DatePrecision { get; init; }
}
