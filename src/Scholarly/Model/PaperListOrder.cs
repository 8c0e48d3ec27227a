using Scholarly.Configuration;
using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>The order of a list of papers: pinned ones first, then by date or by weight (<see cref="PaperOrder"/>).</summary>
internal static class PaperListOrder
{
    /// <param name="newestFirst">The papers newest first (ties by slug), as assembly sorts them: every other tie keeps that order.</param>
    public static IReadOnlyList<Paper> Sort(IReadOnlyList<Paper> newestFirst, PaperOrder order) => order switch
    {
        PaperOrder.Manual => [.. newestFirst.OrderByDescending(p => p.Pinned).ThenBy(p => p.Weight is null).ThenBy(p => p.Weight ?? 0)],
        _ => [.. newestFirst.OrderByDescending(p => p.Pinned)],
    };
}
