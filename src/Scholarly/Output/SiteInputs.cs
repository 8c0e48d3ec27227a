using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Themes;

namespace Scholarly.Output;

/// <summary>
/// A fingerprint of what every page may depend on besides the papers (<see cref="PageMemo"/>): the build of the tool,
/// the settings given to the build, the build date, the output folder, the bytes of every file the site reads but
/// the papers (config, profile, CV, pages, news, talks, teaching, projects, layouts, site themes), the size and time
/// of each file in <c>static/</c> (images are measured, the rest copied), and the bytes of every file of the theme
/// chain. Any change to one of them makes every page again.
/// </summary>
internal static class SiteInputs
{
    /// <summary>The fingerprint, or null when a file could not be read (then no page is kept).</summary>
    public static string? Of(string siteDirectory, Theme theme, string outputDirectory, DateOnly buildDate, IEnumerable<string?> settings)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            void Add(string text)
            {
                hash.AppendData(BitConverter.GetBytes(text.Length));
                hash.AppendData(Encoding.UTF8.GetBytes(text));
            }

            Add(ToolBuild.Identity);
            foreach (var setting in settings)
            {
                Add(setting ?? "(none)");
            }

            Add(buildDate.ToString("O", CultureInfo.InvariantCulture));
            Add(Path.GetFullPath(outputDirectory));
            foreach (var entry in SiteLayout.ReadEntries.Where(entry => entry != SiteLayout.PapersFolder))
            {
                var path = Path.Combine(siteDirectory, entry);
                foreach (var file in FilesUnder(path))
                {
                    Add(Path.GetRelativePath(siteDirectory, file));
                    if (entry == SiteLayout.StaticFolder)
                    {
                        var info = new FileInfo(file);
                        Add(info.Length.ToString(CultureInfo.InvariantCulture) + "@" + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
                    }
                }
            }

            foreach (var folder in theme.Chain().Select(link => link.Directory))
            {
                Add(folder);
                foreach (var file in FilesUnder(folder))
                {
                    Add(Path.GetRelativePath(folder, file));
                    hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
                }
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The file at <paramref name="path"/>, or every file under the folder there in a fixed order; nothing when there is neither.</summary>
    private static IEnumerable<string> FilesUnder(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Order(StringComparer.Ordinal)
            : [];
    }
}
