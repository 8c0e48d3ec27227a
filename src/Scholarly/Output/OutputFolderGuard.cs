using Scholarly.Content;
using Scholarly.Diagnostics;

namespace Scholarly.Output;

/// <summary>Where a build may write: the output folder is replaced whole, so it must stay clear of the site.</summary>
internal static class OutputFolderGuard
{
    /// <summary>True when <paramref name="outer"/> is <paramref name="inner"/> or a folder above it (both real paths).</summary>
    private static bool Holds(string outer, string inner) =>
        inner.Equals(outer, StringComparison.Ordinal) || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The output folder is replaced whole, so it must not hold the site, nor be a file-system root, nor be (or lie in)
    /// anything the site reads. It may lie inside the site folder otherwise: <c>output/</c> there is the default, as
    /// Hugo's <c>public/</c>. Paths are compared with their symbolic links resolved.
    /// </summary>
    public static bool Check(string siteDirectory, string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = RealPath.Of(outputDirectory);
        var site = RealPath.Of(siteDirectory);
        string? problem = null;
        if (Path.GetDirectoryName(output) is null)
        {
            problem = "it is the root of the file system";
        }
        else if (Holds(output, site) || Holds(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)), Path.TrimEndingDirectorySeparator(siteDirectory)))
        {
            // As written too: a site reached through a link inside the output would be replaced with the output.
            problem = "it holds the site's own content";
        }
        else if (Holds(site, output)
            && output[(site.Length + 1)..].Split(Path.DirectorySeparatorChar)[0] is var top && (SiteLayout.IsRead(top) || top.StartsWith('.')))
        {
            problem = $"it is inside the site's {top}, whose files it would replace (the default, {SiteLayout.OutputFolder}/ in the site folder, is safe)";
        }
        else if (SiteLayout.ReadEntries.FirstOrDefault(entry => Holds(RealPath.Of(Path.Combine(site, entry)), output) || Holds(output, RealPath.Of(Path.Combine(site, entry)))) is { } linked)
        {
            // static/ (or papers/, …) may be a link to a folder elsewhere: the output must stay clear of where it leads.
            problem = $"the site's {linked} leads to {RealPath.Of(Path.Combine(site, linked))}, which the output folder would overlap";
        }

        if (problem is not null)
        {
            diagnostics.Error(outputDirectory, 0, 0, $"refusing to write the site to {output}: the output folder is replaced on every build, and {problem}");
            return false;
        }

        return true;
    }
}
