using Scholarly.Content;

namespace Scholarly.Citation;

/// <summary>
/// The author marks of a paper as the note an export carries ("Equal contribution: A, B. Corresponding author: C."):
/// BibTeX, RIS and CSL-JSON have no field for them, and a citation manager shows a note.
/// </summary>
internal static class AuthorNotes
{
    /// <summary>The note, or null when no author is marked.</summary>
    public static string? Of(Paper paper)
    {
        string? Part(AuthorMark mark, string what)
        {
            var names = paper.Authors.Where((_, i) => i < paper.AuthorMarks.Count && paper.AuthorMarks[i].HasFlag(mark)).ToList();
            return names.Count == 0 ? null : $"{what}: {string.Join(", ", names)}.";
        }

        var parts = new[] { Part(AuthorMark.Equal, "Equal contribution"), Part(AuthorMark.Corresponding, "Corresponding author") }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
