namespace Scholarly.Model;

/// <summary>Compares author names the way a reader would: case, accents and spacing do not matter.</summary>
public static class AuthorName
{
    public static bool SamePerson(string a, string b) => Key(a) == Key(b);

    public static string Key(string name) => Slug.From(name.Replace('.', ' '));
}
