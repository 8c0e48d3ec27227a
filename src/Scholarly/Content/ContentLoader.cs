using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>The load phase after the config: reads the profile, every paper file (in parallel), the free pages, news, talks, teaching, projects and the CV.</summary>
internal static class ContentLoader
{
    public const string PapersFolder = SiteLayout.PapersFolder;

    /// <summary>Loads the site in <paramref name="siteDirectory"/>; null when anything failed (see the diagnostics).</summary>
    /// <param name="store">Papers read by the site's last build, by content hash (<see cref="PaperStore.None"/> to parse every file).</param>
    /// <param name="papers">Papers read by an earlier build of this process, or null to read every file.</param>
    public static LoadedContent? Load(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics, bool parallel, PaperStore store, PaperReadCache? papers = null)
    {
        var profile = ProfileReader.Read(siteDirectory, markdown, diagnostics);
        var files = PaperFiles(siteDirectory, diagnostics);
        var read = new Paper?[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        Parallel.For(0, files.Count, options, i =>
        {
            var display = $"{PapersFolder}/{files[i].Relative}";
            read[i] = papers is null ? store.Read(files[i].Full, display, markdown, diagnostics) : papers.Read(files[i].Info, display, markdown, diagnostics, store);
        });

        var pages = PageReader.ReadAll(siteDirectory, markdown, diagnostics);
        var news = NewsReader.ReadAll(siteDirectory, markdown, diagnostics);
        var talks = TalkReader.ReadAll(siteDirectory, markdown, diagnostics);
        var teaching = CourseReader.ReadAll(siteDirectory, markdown, diagnostics);
        var projects = ProjectReader.ReadAll(siteDirectory, markdown, diagnostics);
        var cv = CvReader.Read(siteDirectory, markdown, diagnostics, out var cvFailed);
        if (profile is null || pages is null || news is null || talks is null || teaching is null || projects is null || cvFailed || read.Any(p => p is null))
        {
            return null;
        }

        return new LoadedContent(profile, read!, pages, ImageSizes(siteDirectory, [profile.Photo, .. read.Select(p => p!.Image?.Url), .. projects.Select(p => p.Image?.Url)]))
        {
            News = news,
            Talks = talks,
            Teaching = teaching,
            Projects = projects,
            Cv = cv,
        };
    }

    /// <summary>
    /// The sizes of the named images that are files in static/, in a format link previews show; an address elsewhere,
    /// a missing file (the site-path check reports it) or a symbolic link (never followed) has none.
    /// </summary>
    private static Dictionary<string, ImageSize> ImageSizes(string siteDirectory, IEnumerable<string?> urls)
    {
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        foreach (var url in urls.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var path = LinkAddress.FilePathOf(url).TrimStart('/');
            if (Link.IsExternalAddress(url) || !ImageSize.IsPreviewFormat(path))
            {
                continue;
            }

            var file = Path.Combine(siteDirectory, SiteLayout.StaticFolder, path);
            if (File.Exists(file) && !SymbolicLinks.IsLink(file) && ImageSize.Of(file) is { } size)
            {
                sizes[url] = size;
            }
        }

        return sizes;
    }

    /// <summary>
    /// Every <c>*.md</c> under <c>papers/</c>, in ordinal order so a build never depends on directory order. Any other
    /// file there is never built, so it is a warning (one listing of the folder serves both).
    /// </summary>
    private static List<ListedFile> PaperFiles(string siteDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteDirectory, PapersFolder);

        var files = new List<ListedFile>();
        foreach (var file in SymbolicLinks.FilesUnder(siteDirectory, folder, "not read", diagnostics))
        {
            if (file.Info.Name.StartsWith('.'))
            {
                continue;
            }

            if (file.Full.EndsWith(".md", StringComparison.Ordinal))
            {
                files.Add(file);
            }
            else
            {
                UnreadEntries.WarnInPapers($"{PapersFolder}/{file.Relative}", diagnostics);
            }
        }

        return files;
    }
}
