using System.Text;

namespace Scholarly.Search;

/// <summary>
/// A word's postings as a short string: for each document that has the word, in order, one number, the gap from the
/// previous document's number times 32 plus the <see cref="SearchField"/> bits the word is in, written as a variable
/// number of characters of a 64-letter alphabet (5 bits each, the sixth bit set on every character but the last).
/// A word in 1,000 documents takes about 2,000 characters; search.js decodes it.
/// </summary>
internal static class PostingCode
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <param name="postings">Document numbers, ascending, each with the fields the word is in.</param>
    public static string Encode(IEnumerable<(int Document, SearchField Fields)> postings)
    {
        var code = new StringBuilder();
        var previous = -1;
        foreach (var (document, fields) in postings)
        {
            var value = (((long)document - previous) << 5) | (long)fields;
            previous = document;
            while (value >= 32)
            {
                code.Append(Alphabet[(int)(32 | (value & 31))]);
                value >>= 5;
            }

            code.Append(Alphabet[(int)value]);
        }

        return code.ToString();
    }

    public static IEnumerable<(int Document, SearchField Fields)> Decode(string code)
    {
        var previous = -1;
        long value = 0;
        var shift = 0;
        foreach (var c in code)
        {
            long digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            value |= (digit & 31) << shift;
            if (digit >= 32)
            {
                shift += 5;
                continue;
            }

            previous += (int)(value >> 5);
            yield return (previous, (SearchField)(value & 31));
            value = 0;
            shift = 0;
        }
    }
}
