using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads <c>news/*.md</c>: a title (a line of Markdown, links kept) and a date; a body only when there is more to say.</summary>
internal static class NewsReader
{
    private static readonly string[] Keys = ["date", "links"];

    public static IReadOnlyList<NewsItem>? ReadAll(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics) =>
        EntryReader.ReadAll(siteDirectory, SiteLayout.NewsFolder, "a news item", Keys, markdown, diagnostics, file =>
        {
            var (date, precision) = file.Map.PublicationDate("date", required: true);
            // The item is its title, so the title keeps its links (a paper's, an event's).
            return file.Complete(new NewsItem { Date = date ?? default, DatePrecision = precision }, titleKeepsLinks: true);
        });
}
