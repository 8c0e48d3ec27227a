using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads <c>teaching/*.md</c>: the course's title, code, term, role, institution, date and links.</summary>
internal static class CourseReader
{
    private static readonly string[] Keys = ["code", "term", "role", "institution", "date", "links"];

    public static IReadOnlyList<Course>? ReadAll(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics) =>
        EntryReader.ReadAll(siteDirectory, SiteLayout.TeachingFolder, "a course", Keys, markdown, diagnostics, file =>
        {
            var (date, precision) = file.Map.PublicationDate("date");
            return file.Complete(new Course
            {
                Code = file.Text("code"),
                Term = file.Text("term"),
                Role = file.Text("role"),
                Institution = file.Text("institution"),
                Date = date,
                DatePrecision = precision,
            });
        });
}
