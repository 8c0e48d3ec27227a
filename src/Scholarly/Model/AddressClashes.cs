using Scholarly.Diagnostics;

namespace Scholarly.Model;

/// <summary>Two files that would make one page (two papers of one slug, two talks, a page and another's slug:) overwrite each other.</summary>
internal static class AddressClashes
{
    /// <summary>
    /// Reports every group of <paramref name="items"/> that share an address, as an error at line 1 of each file
    /// naming the others: <paramref name="message"/> gets the address and the other files. False when there was one.
    /// </summary>
    public static bool Report<T>(IEnumerable<T> items, Func<T, string> address, Func<T, string> file, Func<string, string, string> message, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var group in items.GroupBy(address, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(file).Order(StringComparer.Ordinal).ToList();
            foreach (var one in files)
            {
                diagnostics.Error(one, 1, 0, message(group.Key, string.Join(", ", files.Where(f => f != one))));
            }

            ok = false;
        }

        return ok;
    }
}
