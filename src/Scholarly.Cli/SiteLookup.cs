using Scholarly.Content;

namespace Scholarly.Cli;

/// <summary>
/// How every command finds its site (see <see cref="SiteFolder.Find"/>), and says which one it chose when that is not
/// the folder it runs in and the user did not name it.
/// </summary>
internal static class SiteLookup
{
    public static SiteFolder? Find(string? given, CommandOutput output, bool quiet = false)
    {
        var here = Directory.GetCurrentDirectory();
        var site = SiteFolder.Find(given, here, out var problem);
        if (site is null)
        {
            output.Error.WriteLine($"error: {problem}");
            return null;
        }

        if (site.Origin == SiteFolderOrigin.RepositoryLayout && !quiet)
        {
            output.Out.WriteLine($"Using the site in {site.Display(here)}/ (this folder has no {SiteLayout.ConfigFile}).");
        }

        return site;
    }

    /// <summary>The folder <c>scholarly build</c> writes to by default for the site found here; <c>./output</c> outside any site.</summary>
    public static string DefaultOutput() =>
        SiteFolder.Find(null, Directory.GetCurrentDirectory(), out _)?.DefaultOutput ?? SiteLayout.OutputFolder;

    /// <summary>A path as the user would type it from the current folder.</summary>
    public static string Display(string path) => SiteFolder.DisplayPath(Path.GetFullPath(path), Directory.GetCurrentDirectory());
}
