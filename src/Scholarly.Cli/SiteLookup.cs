using Scholarly.Content;

namespace Scholarly.Cli;

/// <summary>
/// How every command finds its site (see <see cref="SiteFolder.Find"/>), and says which one it chose when that is not
/// the folder it runs in and the user did not name it.
/// </summary>
internal static class SiteLookup
{
    /// <summary>The remedy for a missing site, for commands that take <c>--source</c>.</summary>
    public const string NameASite = "run this in a site folder, name one with --source DIR, or make one with 'scholarly new my-site'";

    /// <param name="remedy">What the user can do when there is no site here, in this command's terms.</param>
    public static SiteFolder? Find(string? given, CommandOutput output, bool quiet = false, string remedy = NameASite)
    {
        var here = Directory.GetCurrentDirectory();
        var site = SiteFolder.Find(given, here, out var problem);
        if (site is null)
        {
            output.Error.WriteLine($"error: {problem}; {remedy}");
            return null;
        }

        if (given is null && site.Origin == SiteFolderOrigin.RepositoryLayout && !quiet)
        {
            output.Out.WriteLine($"Using the site in {site.Display(here)}/ (this folder has no {SiteLayout.ConfigFile}).");
        }

        return site;
    }

    /// <summary>
    /// The built site a command reads when none is named (<c>check</c>, <c>publish</c>): what <c>scholarly build</c>
    /// writes for the site found here. Null, with the reason printed, when there is no site here.
    /// </summary>
    public static string? BuiltSite(CommandOutput output, string remedy)
    {
        var site = SiteFolder.Find(null, Directory.GetCurrentDirectory(), out var problem);
        if (site is null)
        {
            output.Error.WriteLine($"error: {problem}; {remedy}");
        }

        return site?.DefaultOutput;
    }

    /// <summary>A path as the user would type it from the current folder.</summary>
    public static string Display(string path) =>
        SiteFolder.DisplayPath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), Directory.GetCurrentDirectory());
}
