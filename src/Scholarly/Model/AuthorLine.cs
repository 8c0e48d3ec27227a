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
    public static (IReadOnlyList<AuthorEntry> Entries, bool EtAl) Shorten(IReadOnlyList<string> authors, bool etAl, IReadOnlyList<string> owner, int limit) =>
        Shorten(authors, etAl, new PersonNames(owner).IndexIn(authors), limit);

    /// <param name="ownerIndex">Where the owner is in <paramref name="authors"/>, or -1.</param>
    public static (IReadOnlyList<AuthorEntry> Entries, bool EtAl) Shorten(IReadOnlyList<string> authors, bool etAl, int ownerIndex, int limit)
    {
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
}
