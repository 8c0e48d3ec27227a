using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads <c>projects/*.md</c>: title, summary, image, links, status, weight and the project's papers.</summary>
internal static class ProjectReader
{
    private static readonly string[] Keys = ["summary", "image", "papers", "weight", "status", "links"];

    public static IReadOnlyList<Project>? ReadAll(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics) =>
        EntryReader.ReadAll(siteDirectory, SiteLayout.ProjectsFolder, "a project", Keys, markdown, diagnostics, file =>
        {
            var summary = file.Text("summary");
            return file.Complete(new Project
            {
                Summary = summary,
                SummaryHtml = summary is null ? "" : file.Markdown.ToInlineHtml(summary),
                Image = ImageReader.Read(file.Map, "Image for", file.Title, file.Markdown),
                Papers = file.Papers(),
                Weight = file.Map.Int("weight") ?? 0,
                Status = file.Text("status")?.ToLowerInvariant(),
            });
        });
}
