using System.Security.Cryptography;
using System.Text;
using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>A tag and its papers, newest first; its page is <c>tags/{Slug}/</c>.</summary>
internal sealed record Tag(string Name, string Slug, IReadOnlyList<Paper> Papers)
{
    /// <summary>
    /// The slug of a tag name: <see cref="Text.Slug.From"/>, or, for a name in a script slugs cannot spell
    /// (机器学习, NLP 自然语言), a stable name derived from its hash, so the tag still gets a page of its own.
    /// </summary>
    public static string SlugOf(string name) => Slugs.GetOrAdd(name, MakeSlug);

    /// <summary>
    /// The slugs of the names seen so far: a site has few tag names, each on many papers, asked for by the assembler,
    /// every paper's page and list; a live server keeps them from one rebuild to the next.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Slugs = new(StringComparer.Ordinal);

    private static string MakeSlug(string name)
    {
        var slug = Text.Slug.From(name);
        if (slug.Length > 0 && Text.Slug.KeepsAllLetters(name))
        {
            return slug;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim()));
        return "tag-" + Convert.ToHexStringLower(hash)[..8];
    }
}
