using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads <c>talks/*.md</c>: title, date, event, location, type, links and the papers the talk presents.</summary>
internal static class TalkReader
{
    private static readonly string[] Keys = ["date", "event", "location", "type", "papers", "links"];

    /// <summary>The kinds of talk a list labels; any other is shown as written.</summary>
    public static readonly IReadOnlyList<string> KnownTypes = ["invited", "contributed", "keynote", "poster", "tutorial", "seminar", "lecture", "panel", "workshop", "oral"];

    public static IReadOnlyList<Talk>? ReadAll(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics) =>
        EntryReader.ReadAll(siteDirectory, SiteLayout.TalksFolder, "a talk", Keys, markdown, diagnostics, file =>
        {
            var (date, precision) = file.Map.PublicationDate("date", required: true);
            var type = file.Text("type")?.ToLowerInvariant();
            if (type is not null && !KnownTypes.Contains(type))
            {
                var suggestion = Suggestion.DidYouMean(type, KnownTypes);
                if (suggestion.Length > 0)
                {
                    file.Map.Warning(file.Map.LineOf("type"), $"talk type '{type}' is shown as written{suggestion}; the types a theme knows are {string.Join(", ", KnownTypes)}");
                }
            }

            return file.Complete(new Talk
            {
                Date = date ?? default,
                DatePrecision = precision,
                Event = file.Text("event"),
                Location = file.Text("location"),
                Type = type,
                Papers = file.Papers(),
            });
        });
}
