using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>One entry of a shortened author list: a name (maybe the site owner's) or the gap before a name further down.</summary>
internal sealed record AuthorEntry(string Name, bool IsOwner, bool IsGap);

/// <summary>
/// Shortens an author list for a paper card: the first <c>limit</c> names, then, when the owner comes later,
/// a gap and the owner, so a reader always sees where the site's owner stands; "et al." when anyone is left out.
/// </summary>
internal static class AuthorLine
{
    /// <param name="owner">The owner's name and aliases (none: no one is the owner).</param>
    public static (IReadOnlyList<AuthorEntry> Entries, bool EtAl) Shorten(IReadOnlyList<string> authors, bool etAl, IReadOnlyList<string> owner, int limit)
    {
        var ownerIndex = IndexOf(authors, owner);
        var entries = new List<AuthorEntry>();
        var shown = Math.Min(limit, authors.Count);
        for (var i = 0; i < shown; i++)
        {
            entries.Add(new AuthorEntry(authors[i], i == ownerIndex, false));
        }

        var lastShown = shown - 1;
        if (ownerIndex >= shown)
        {
            if (ownerIndex > shown)
            {
                entries.Add(new AuthorEntry("…", false, true));
            }

            entries.Add(new AuthorEntry(authors[ownerIndex], true, false));
            lastShown = ownerIndex;
        }

        return (entries, etAl || lastShown < authors.Count - 1);
    }

    /// <summary>The position in <paramref name="authors"/> of the first name that is the person (any of their names), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> authors, IReadOnlyList<string> names)
    {
        for (var i = 0; i < authors.Count && names.Count > 0; i++)
        {
            if (PersonName.MatchesAny(authors[i], names))
            {
                return i;
            }
        }

        return -1;
    }
}
