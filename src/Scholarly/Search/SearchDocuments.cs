using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Search;

/// <summary>What the site search finds: every paper (newest first, ties by slug), then the talks, projects, free pages, news and courses.</summary>
internal static class SearchDocuments
{
    /// <summary>A byline names this many authors and then "et al."; every author is still found by name.</summary>
    public const int BylineAuthors = 8;

    /// <summary>How many documents <see cref="Of"/> gives, without making them.</summary>
    public static int CountOf(Site site) => site.Papers.Count + site.Talks.Count + site.Projects.Count + site.Pages.Count + site.News.Count + site.Teaching.Count;

    public static IReadOnlyList<SearchDocument> Of(Site site)
    {
        var documents = new SearchDocument[site.Papers.Count];
        Parallel.For(0, documents.Length, i => documents[i] = OfPaper(site, site.Papers[i]));
        return
        [
            .. documents,
            .. site.Talks.Select(talk => OfEntry(talk, "Talk", talk.Date.Year, [talk.Event, talk.Location], [(SearchField.Venue, talk.Event), (SearchField.Venue, talk.Location), (SearchField.Venue, talk.Type)])),
            .. site.Projects.Select(project => OfEntry(project, "Project", null, [project.Status], [(SearchField.Text, project.Summary)])),
            .. site.Pages.Select(OfPage),
            .. site.News.Select(news => OfEntry(news, "News", news.Date.Year, [], [])),
            .. site.Teaching.Select(course => OfEntry(course, "Course", course.Date?.Year, [course.Term, course.Institution], [(SearchField.Title, course.Code), (SearchField.Venue, course.Term), (SearchField.Venue, course.Institution), (SearchField.Venue, course.Role)])),
        ];
    }

    private static SearchDocument OfPaper(Site site, Paper paper)
    {
        var shown = paper.Authors.Count > BylineAuthors ? paper.Authors.Take(BylineAuthors) : paper.Authors;
        var byline = string.Join(", ", shown) + (paper.EtAl || paper.Authors.Count > BylineAuthors ? " et al." : "");
        var venue = paper.VenueShort ?? paper.Venue;
        var meta = venue is null ? paper.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{paper.Date.Year} · {venue}";
        List<(SearchField, string)> fields =
        [
            (SearchField.Title, paper.TitleText),
            (SearchField.People, string.Join(" ", paper.Authors)),
            (SearchField.Tags, string.Join(" ", site.TagsOf(paper).Select(tag => tag.Name))),
            (SearchField.Venue, $"{paper.Venue} {paper.VenueShort} {paper.Date.Year} {paper.Category}"),
            (SearchField.Text, paper.AbstractText),
        ];
        if (paper.NotesHtml.Length > 0)
        {
            fields.Add((SearchField.Text, HtmlToText.Convert(paper.NotesHtml)));
        }

        return new SearchDocument(UrlPath.Paper(paper.Slug), paper.TitleText, byline, meta, fields);
    }

    private static SearchDocument OfEntry(Entry entry, string kind, int? year, IEnumerable<string?> byline, IEnumerable<(SearchField Field, string? Text)> own)
    {
        var fields = own.Where(field => field.Text is not null).Select(field => (field.Field, field.Text!)).ToList();
        fields.Add((SearchField.Title, entry.TitleText));
        fields.Add((SearchField.Text, HtmlToText.Convert(entry.BodyHtml)));
        var meta = year is { } y ? $"{kind} · {y}" : kind;
        return new SearchDocument(EntryAddress.UrlOf(entry), entry.TitleText, string.Join(" · ", byline.Where(part => !string.IsNullOrEmpty(part))), meta, fields);
    }

    private static SearchDocument OfPage(ContentPage page) => new(
        page.Name + "/", page.Title, "", "Page",
        [(SearchField.Title, page.Title), (SearchField.Text, page.Description ?? ""), (SearchField.Text, HtmlToText.Convert(page.BodyHtml))]);
}
