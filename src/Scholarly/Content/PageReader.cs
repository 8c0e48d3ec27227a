using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads the free pages of a site, <c>pages/*.md</c>: front matter with a title, then the page in Markdown.</summary>
internal static class PageReader
{
    private static readonly string[] Keys = ["description", "weight"];

    /// <summary>Every page in <c>pages/</c>, in file-name order; null when one has errors (they are in the diagnostics).</summary>
    public static IReadOnlyList<ContentPage>? ReadAll(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics) =>
        EntryReader.ReadAll(siteDirectory, SiteLayout.PagesFolder, "a page", Keys, markdown, diagnostics, file =>
            new ContentPage(file.Slug, file.Title, file.Text("description"), file.BodyHtml, file.DisplayPath, file.Map.Int("weight") ?? 0, file.Draft));
}
