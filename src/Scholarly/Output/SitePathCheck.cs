using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Model;

namespace Scholarly.Output;

/// <summary>
/// A link in front matter to a path in the site (a PDF, the CV, the photo, another page) must lead to something the
/// build writes: a missing file is a broken link on every page that shows it, so it is an error at its line, with
/// where the file would go.
/// </summary>
internal static class SitePathCheck
{
    /// <summary>Reports every site path of the papers, the profile, the menu, news, talks, courses and projects that no planned page or file answers.</summary>
    public static bool Check(Site site, IEnumerable<string> outputPaths, DiagnosticBag diagnostics)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in outputPaths)
        {
            paths.Add(path);
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!paths.Add(path[..slash]))
                {
                    break;
                }
            }
        }

        var ok = true;
        void Verify(string file, int line, string what, string url)
        {
            if (Link.IsExternalAddress(url) || Answers(paths, url))
            {
                return;
            }

            var shown = LinkAddress.FilePathOf(url);
            diagnostics.Error(file, line, 0, $"{what}: the site has no '{shown}'; a file for it goes in {SiteLayout.StaticFolder}/{shown.TrimEnd('/')}");
            ok = false;
        }

        foreach (var paper in site.Papers)
        {
            foreach (var link in paper.Links)
            {
                Verify(paper.SourceFile, link.Line, $"link '{link.Kind}'", link.Url);
            }

            if (paper.Image is { } image)
            {
                Verify(paper.SourceFile, image.Line, "'image'", image.Url);
            }
        }

        foreach (var entry in site.News.Concat<Entry>(site.Talks).Concat(site.Teaching).Concat(site.Projects))
        {
            foreach (var link in entry.Links)
            {
                Verify(entry.SourceFile, link.Line, $"link '{link.Kind}'", link.Url);
            }

            if (entry is Project { Image: { } image })
            {
                Verify(entry.SourceFile, image.Line, "'image'", image.Url);
            }
        }

        foreach (var entry in site.Cv?.Sections.SelectMany(section => section.Entries) ?? [])
        {
            if (entry.Url is { } url)
            {
                Verify(SiteLayout.CvFile, entry.Line, "'url'", url);
            }
        }

        foreach (var link in site.Profile.Links)
        {
            Verify(SiteLayout.ProfileFile, link.Line, $"link '{link.Label}'", link.Url);
        }

        foreach (var entry in site.Config.Menu ?? [])
        {
            if (entry.Url is { } url)
            {
                Verify(site.Config.SourceFile, entry.Line, $"menu entry '{entry.Label}'", url);
            }
        }

        if (site.Profile.Photo is { } photo)
        {
            Verify(SiteLayout.ProfileFile, site.Profile.PhotoLine, "'photo'", photo);
        }

        return ok;
    }

    /// <summary>Whether a site path (with any query or fragment) names a planned file, or a folder with files in it.</summary>
    private static bool Answers(HashSet<string> paths, string url)
    {
        // "files/old/../paper.pdf" is files/paper.pdf, as a browser reads it (LinkAddress already refused climbing out).
        var segments = new List<string>();
        foreach (var segment in LinkAddress.FilePathOf(url).Split('/'))
        {
            if (segment == ".." && segments.Count > 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "." or ".."))
            {
                segments.Add(segment);
            }
        }

        return segments.Count == 0 || paths.Contains(string.Join('/', segments));
    }
}
