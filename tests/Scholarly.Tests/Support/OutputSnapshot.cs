using System.Security.Cryptography;

namespace Scholarly.Tests.Support;

/// <summary>Every file of a folder with a hash of its bytes, to show that a failed build left the output exactly as it was.</summary>
internal static class OutputSnapshot
{
    public static SortedDictionary<string, string> Take(string directory)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            snapshot[Path.GetRelativePath(directory, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return snapshot;
    }
}
