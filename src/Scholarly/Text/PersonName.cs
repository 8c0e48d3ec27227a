namespace Scholarly.Text;

/// <summary>
/// Whether a name in an author list is a given person, as a reader would judge: beyond <see cref="AuthorName.Key"/>
/// (case, accents, punctuation, "Family, Given", a trailing * or †), initials for given names ("A. Lovelace",
/// "J.-P. Dupont") and the family name first ("Qu Lin").
/// </summary>
internal static class PersonName
{
    public static bool Matches(string candidate, string person) => Matches(Tokens(candidate), Tokens(person));

    internal static bool Matches(string[] a, string[] b) =>
        a.Length > 0 && a.Length == b.Length && (Compatible(a, b) || Compatible([.. a.Reverse()], b));

    /// <summary>The family names (the last token) agree exactly; each given name equals the other or is its initial.</summary>
    private static bool Compatible(string[] a, string[] b)
    {
        if (a[^1] != b[^1])
        {
            return false;
        }

        for (var i = 0; i < a.Length - 1; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x != y && !(x.Length == 1 && y[0] == x[0]) && !(y.Length == 1 && x[0] == y[0]))
            {
                return false;
            }
        }

        return true;
    }

    internal static string[] Tokens(string name) => AuthorName.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// One person's names (the owner and their aliases) or several people's (those to highlight), read once: an author
/// list of every paper is matched against them.
/// </summary>
internal sealed class PersonNames(IEnumerable<string> names)
{
    private readonly string[][] _people = [.. names.Select(PersonName.Tokens)];

    public bool IsEmpty => _people.Length == 0;

    /// <summary>True when <paramref name="candidate"/> is one of the people (<see cref="PersonName.Matches(string, string)"/>).</summary>
    public bool Match(string candidate)
    {
        if (_people.Length == 0)
        {
            return false;
        }

        var tokens = PersonName.Tokens(candidate);
        return _people.Any(person => PersonName.Matches(tokens, person));
    }

    /// <summary>The position of the first name in <paramref name="authors"/> that is one of the people, or -1.</summary>
    public int IndexIn(IReadOnlyList<string> authors)
    {
        for (var i = 0; i < authors.Count && _people.Length > 0; i++)
        {
            if (Match(authors[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
