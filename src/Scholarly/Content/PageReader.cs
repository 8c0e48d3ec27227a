using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Text;

namespace Scholarly.Content;

/// <summary>Reads the free pages of a site, <c>pages/*.md</c>: front matter with a title, then the page in Markdown.</summary>
internal static class PageReader
{
    private static readonly HashSet<string> KnownKeys = ["title", "description", "slug", "weight", "draft"];

    /// <summary>Every page in <c>pages/</c>, in file-name order; null when one has errors (they are in the diagnostics).</summary>
    public static IReadOnlyList<ContentPage>? ReadAll(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteDirectory, SiteLayout.PagesFolder);
        var pages = new List<ContentPage>();
        var ok = true;
        foreach (var (relative, full) in SymbolicLinks.FilesUnder(siteDirectory, folder, "not read", diagnostics))
        {
            var display = $"{SiteLayout.PagesFolder}/{relative}";
            if (Path.GetFileName(full).StartsWith('.'))
            {
                continue;
            }

            if (!full.EndsWith(".md", StringComparison.Ordinal) || relative.Contains('/', StringComparison.Ordinal))
            {
                diagnostics.Warning(display, 0, 0, $"this file is not read: a page is a Markdown file at the top of {SiteLayout.PagesFolder}/ ({SiteLayout.PagesFolder}/about.md is /about/); files to publish as they are go in {SiteLayout.StaticFolder}/");
                continue;
            }

            var page = Read(full, display, markdown, diagnostics);
            ok &= page is not null;
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        return ok ? pages : null;
    }

    private static ContentPage? Read(string path, string displayPath, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        ContentPage? page = null;
        try
        {
            var front = FrontMatter.Split(ContentText.Read(path), displayPath, local);
            var map = front is null ? null : YamlMap.Parse(front.Yaml, displayPath, front.YamlLineOffset, local);
            if (front is not null && map is not null)
            {
                map.WarnUnknownKeys(KnownKeys, "a page's front matter");
                var title = map.String("title", required: true)?.Trim();
                var name = Slug.From(map.String("slug") ?? Path.GetFileNameWithoutExtension(path));
                if (name.Length == 0)
                {
                    local.Error(displayPath, map.LineOf("slug"), 0, "the page's address would be empty: give it a file name or 'slug:' with letters or digits");
                }

                page = new ContentPage(name, title ?? "", map.String("description")?.Trim(), markdown.ToHtml(front.Body), displayPath, map.Int("weight") ?? 0, map.Bool("draft", false));
            }
        }
        catch (InvalidContentException e)
        {
            local.Error(displayPath, e.Line, 0, e.Message);
        }

        diagnostics.AddRange(local);
        return local.HasErrors ? null : page;
    }
}
