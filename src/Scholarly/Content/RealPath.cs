namespace Scholarly.Content;

/// <summary>
/// A path with every symbolic link along it resolved (as realpath(3) does), so two paths can be compared for
/// what they are on disk: a site reached through a link inside the output folder is still inside it.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>; the part that does not exist yet is kept as it is.</summary>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    private static string Resolve(string fullPath, int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = links < MaxLinks ? new FileInfo(next).LinkTarget : null;
            current = target is null ? next : Resolve(Path.GetFullPath(target, current), links + 1);
        }

        return Path.TrimEndingDirectorySeparator(current);
    }
}
