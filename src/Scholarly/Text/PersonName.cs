namespace Scholarly.Text;

/// <summary>
/// Whether a name in an author list is a given person, as a reader would judge: beyond <see cref="AuthorName.Key"/>
/// (case, accents, punctuation, "Family, Given", a trailing * or †), initials for given names ("A. Lovelace",
/// "J.-P. Dupont") and the family name first ("Qu Lin").
/// </summary>
internal static class PersonName
{
    public static bool Matches(string candidate, string person)
    {
        var a = Tokens(candidate);
        var b = Tokens(person);
        if (a.Length == 0 || a.Length != b.Length)
        {
            return false;
        }

        return Compatible(a, b) || Compatible([.. a.Reverse()], b);
    }

    /// <summary>True when the name matches any of <paramref name="people"/>.</summary>
    public static bool MatchesAny(string candidate, IEnumerable<string> people) => people.Any(person => Matches(candidate, person));

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

    private static string[] Tokens(string name) => AuthorName.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
