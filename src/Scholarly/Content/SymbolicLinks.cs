using Scholarly.Diagnostics;

namespace Scholarly.Content;

/// <summary>
/// Symbolic links in a site are never followed: a site cloned from someone else and built in CI could otherwise
/// publish the runner's files (<c>static → /etc</c>) or render one into a page (<c>layouts/404.html → /etc/passwd</c>).
/// Each link met is a warning that names it, so a missing file is never a mystery.
/// </summary>
internal static class SymbolicLinks
{
    /// <summary>
    /// The first symbolic link on the way from <paramref name="root"/> (itself not checked: the site folder may be
    /// reached through one) down to <paramref name="path"/>, the path itself included; null when there is none.
    /// </summary>
    public static string? FirstOnPath(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (IsLink(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// The folder links under <paramref name="directory"/> are checked from: the site folder when it lies inside
    /// (a theme in the site's themes/, whose themes/ itself may be the link), else the directory itself (a built-in theme).
    /// </summary>
    public static string RootFor(string directory, string siteDirectory) =>
        Path.GetFullPath(directory).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDirectory)) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? siteDirectory
            : directory;

    /// <summary>Whether <paramref name="path"/> itself is a symbolic link (to a file or a folder, existing or not).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>What a link points to, as written in it.</summary>
    public static string TargetOf(string link) => new FileInfo(link).LinkTarget ?? "";

    /// <summary>
    /// Every file under <paramref name="folder"/> (relative path with '/', full path), in ordinal order, links not
    /// followed. Each link met, and <paramref name="folder"/> itself when it is one below <paramref name="root"/>, is
    /// warned about with its path from <paramref name="root"/>; <paramref name="consequence"/> says what it costs
    /// ("not published", "not read").
    /// </summary>
    public static List<ListedFile> FilesUnder(string root, string folder, string consequence, DiagnosticBag diagnostics)
    {
        var files = new List<ListedFile>();
        if (FirstOnPath(root, folder) is { } linked)
        {
            Warn(root, linked, consequence, diagnostics);
            return files;
        }

        if (!Directory.Exists(folder))
        {
            return files;
        }

        // An explicit stack: folder depth is the user's to choose.
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        while (pending.Count > 0)
        {
            foreach (var entry in pending.Pop().EnumerateFileSystemInfos())
            {
                // The attributes come with the listing; asking each entry for its link target would cost a call per file.
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    Warn(root, entry.FullName, consequence, diagnostics);
                }
                else if (entry is DirectoryInfo directory)
                {
                    pending.Push(directory);
                }
                else
                {
                    files.Add(new ListedFile(Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/'), (FileInfo)entry));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return files;
    }

    /// <summary>A layout or partial reached through a link: passed over, the next candidate in the lookup order used.</summary>
    public static void WarnTemplate(string root, string link, DiagnosticBag diagnostics) =>
        Warn(root, link, "not used as a template (the theme's own is used)", diagnostics);

    /// <summary>"static/leak.txt: warning: a symbolic link (to /etc/passwd) is not followed; …"</summary>
    public static void Warn(string root, string link, string consequence, DiagnosticBag diagnostics) =>
        diagnostics.Warning(Path.GetRelativePath(root, link).Replace('\\', '/'), 0, 0,
            $"a symbolic link (to {TargetOf(link)}) is not followed, so what it points to is {consequence}; copy the file or folder here instead");
}
