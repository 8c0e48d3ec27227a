using System.Runtime.InteropServices;

namespace Scholarly.Output;

/// <summary>
/// The two file-system calls .NET has no API for: a hard link (an unchanged file of the previous output joins the
/// new tree without being written) and an atomic exchange of two folders (the new tree replaces the old in one step,
/// so a reader never sees a mix). Each says when it cannot, and the caller falls back.
/// </summary>
internal static partial class FileSystemCalls
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Makes <paramref name="link"/> a second name of the file <paramref name="existing"/>; false where hard links are not supported.</summary>
    public static bool TryHardLink(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Swaps two folders atomically (Linux renameat2 with RENAME_EXCHANGE): afterwards each path holds what the other
    /// did. False where the system or the file system cannot, having changed nothing.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
