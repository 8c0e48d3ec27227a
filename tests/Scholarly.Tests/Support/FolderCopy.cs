namespace Scholarly.Tests.Support;

/// <summary>Copies a folder's files into another, for tests that build a copy of the sample or of the sources.</summary>
internal static class FolderCopy
{
    /// <summary>Every file under <paramref name="from"/>, but those where a part of the path is one of <paramref name="skipped"/>.</summary>
    public static void Copy(string from, string to, params string[] skipped)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
