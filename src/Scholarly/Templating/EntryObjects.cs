using Scholarly.Content;
using Scholarly.Model;
using Scholarly.Text;
using Scriban.Runtime;
using static Scholarly.Templating.TemplateModel;

namespace Scholarly.Templating;

/// <summary>
/// The template objects of the content beside the papers (news, talks, courses, projects, the CV), built once per
/// build like the papers' (documented in docs/themes.md). Each has what every entry has (<c>slug</c>, <c>title</c>,
/// <c>title_html</c>, <c>url</c>, <c>body</c>, <c>has_body</c>, <c>links</c>, <c>source_file</c>) and its kind's own.
/// </summary>
internal sealed class EntryObjects
{
    private readonly Site _site;
    private readonly Func<Paper, ScriptObject> _paperOf;
    private readonly Dictionary<Entry, ScriptObject> _objects = new(ReferenceEqualityComparer.Instance);

    public EntryObjects(Site site, Func<Paper, ScriptObject> paperOf)
    {
        _site = site;
        _paperOf = paperOf;
        News = ReadOnlyArray(site.News.Select(n => Of(n)));
        Talks = ReadOnlyArray(site.Talks.Select(t => Of(t)));
        Teaching = ReadOnlyArray(site.Teaching.Select(c => Of(c)));
        Projects = ReadOnlyArray(site.Projects.Select(p => Of(p)));
    }

    /// <summary><c>site.news</c>, newest first.</summary>
    public ReadOnlyScriptArray News { get; }

    public ReadOnlyScriptArray Talks { get; }

    public ReadOnlyScriptArray Teaching { get; }

    public ReadOnlyScriptArray Projects { get; }

    /// <summary>The object of one entry, made once.</summary>
    public ScriptObject Of(Entry entry)
    {
        if (_objects.TryGetValue(entry, out var made))
        {
            return made;
        }

        var value = new ScriptObject
        {
            ["slug"] = entry.Slug,
            ["title"] = entry.Title,
            ["title_html"] = new Html(entry.TitleHtml),
            ["title_text"] = entry.TitleText,
            ["url"] = EntryAddress.UrlOf(entry),
            ["body"] = new Html(entry.BodyHtml),
            ["has_body"] = entry.BodyHtml.Length > 0,
            ["links"] = ReadOnlyArray(entry.Links.Select(LinkObject)),
            ["source_file"] = entry.SourceFile,
            ["anchor"] = entry is NewsItem or Course ? EntryAddress.AnchorOf(entry) : null,
        };
        switch (entry)
        {
            case NewsItem news:
                AddDate(value, news.Date, news.DatePrecision);
                break;
            case Talk talk:
                AddDate(value, talk.Date, talk.DatePrecision);
                value["event"] = talk.Event;
                value["location"] = talk.Location;
                value["type"] = talk.Type;
                value["type_label"] = TalkTypeLabel(talk.Type);
                value["papers"] = ReadOnlyArray(_site.PapersOf(talk).Select(_paperOf));
                break;
            case Course course:
                if (course.Date is { } date)
                {
                    AddDate(value, date, course.DatePrecision);
                }
                else
                {
                    foreach (var member in DateMembers)
                    {
                        value[member] = null;
                    }
                }

                value["code"] = course.Code;
                value["term"] = course.Term;
                value["role"] = course.Role;
                value["institution"] = course.Institution;
                break;
            case Project project:
                value["summary"] = new Html(project.SummaryHtml);
                value["has_summary"] = project.SummaryHtml.Length > 0;
                value["status"] = project.Status;
                value["image"] = project.Image is { } image ? ImageObject(image, _site) : null;
                value["papers"] = ReadOnlyArray(_site.PapersOf(project).Select(_paperOf));
                break;
        }

        _objects[entry] = ReadOnly(value);
        return value;
    }

    /// <summary><c>site.talk_years</c>: <c>{ year, talks }</c>, newest first.</summary>
    public ReadOnlyScriptArray TalkYears() => ReadOnlyArray(_site.Talks.GroupBy(t => t.Date.Year).Select(g => ReadOnly(new ScriptObject
    {
        ["year"] = g.Key,
        ["talks"] = ReadOnlyArray(g.Select(t => Of(t))),
    })));

    /// <summary><c>paper.talks</c> and <c>paper.projects</c>: what links back to a paper's page, each <c>{ title, title_html, url }</c>.</summary>
    public ReadOnlyScriptArray RelatedTo<T>(Paper paper)
        where T : Entry => ReadOnlyArray(_site.RelatedTo<T>(paper).Select(e => ReadOnly(new ScriptObject
        {
            ["title"] = e.Title,
            ["title_html"] = new Html(e.TitleHtml),
            ["url"] = EntryAddress.UrlOf(e),
            ["date_text"] = e is Talk talk ? DateText.Full(talk.Date, talk.DatePrecision) : null,
            ["event"] = e is Talk withEvent ? withEvent.Event : null,
        })));

    /// <summary>
    /// <c>site.cv</c>: <c>sections</c>, each <c>{ key, title, kind, entries, groups, talks, teaching }</c>; a written
    /// section's entries are <c>{ what, url, where, location, when, details, summary, highlights, keywords }</c>, the
    /// publications come as <c>groups</c> of <c>{ title, papers }</c> (by year or type), talks and teaching as lists.
    /// </summary>
    public ScriptObject? Cv()
    {
        if (_site.Cv is not { } cv)
        {
            return null;
        }

        var sections = cv.Sections.Where(s => s.Kind switch
        {
            CvSectionKind.Publications => _site.Papers.Count > 0,
            CvSectionKind.Talks => _site.Talks.Count > 0,
            CvSectionKind.Teaching => _site.Teaching.Count > 0,
            _ => s.Entries.Count > 0,
        });
        return ReadOnly(new ScriptObject
        {
            ["sections"] = ReadOnlyArray(sections.Select(section => ReadOnly(new ScriptObject
            {
                ["key"] = section.Key,

                // The section's id: its name as a slug, set apart from the page's own ids (main, a heading's).
                ["anchor"] = "cv-" + Slug.From(section.Key),
                ["title"] = section.Title,
                ["kind"] = section.Kind.ToString().ToLowerInvariant(),
                ["entries"] = ReadOnlyArray(section.Entries.Select(CvEntryObject)),
                ["groups"] = section.Kind == CvSectionKind.Publications ? PublicationGroups(section.GroupBy) : ReadOnlyArray([]),
                ["talks"] = section.Kind == CvSectionKind.Talks ? Talks : ReadOnlyArray([]),
                ["teaching"] = section.Kind == CvSectionKind.Teaching ? Teaching : ReadOnlyArray([]),
            }))),
            ["source_file"] = cv.SourceFile,
        });
    }

    private ReadOnlyScriptArray PublicationGroups(string groupBy)
    {
        var papers = _site.Listed;
        IEnumerable<(string Title, IEnumerable<Paper> Papers)> groups = groupBy switch
        {
            "type" => PublicationKind.GroupsOf(papers).Select(g => (g.Key, (IEnumerable<Paper>)g)),
            "none" => [("", papers)],
            _ => _site.Years.Select(y => (y.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), (IEnumerable<Paper>)_site.InListOrder(y.Papers))),
        };
        return ReadOnlyArray(groups.Select(g => ReadOnly(new ScriptObject
        {
            ["title"] = g.Title,
            ["papers"] = ReadOnlyArray(g.Papers.Select(_paperOf)),
        })));
    }

    private static ScriptObject CvEntryObject(CvEntry entry) => ReadOnly(new ScriptObject
    {
        ["what"] = new Html(entry.WhatHtml),
        ["url"] = entry.Url,
        ["where"] = entry.Where,
        ["location"] = entry.Location,
        ["when"] = entry.When,
        ["details"] = ReadOnlyArray(entry.Details),
        ["summary"] = new Html(entry.SummaryHtml),
        ["has_summary"] = entry.SummaryHtml.Length > 0,
        ["highlights"] = ReadOnlyArray(entry.HighlightsHtml.Select(h => (object)new Html(h))),
        ["keywords"] = ReadOnlyArray(entry.Keywords),

        // A plain line ("- Reviewer for NeurIPS") has nothing but its text: a theme sets it as text, not as a heading.
        ["is_line"] = entry.Url is null && entry.Where is null && entry.Location is null && entry.When is null && entry.Details.Count == 0
            && entry.SummaryHtml.Length == 0 && entry.HighlightsHtml.Count == 0 && entry.Keywords.Count == 0,
    });

    /// <summary>The members a dated entry has; an undated course has each as null, so a theme may test any of them.</summary>
    private static readonly string[] DateMembers = ["date", "date_iso", "date_text", "date_in_year", "year"];

    private static void AddDate(ScriptObject value, DateOnly date, DatePrecision precision)
    {
        value["date"] = date.ToDateTime(TimeOnly.MinValue);
        value["date_iso"] = DateText.Iso(date);
        value["date_text"] = DateText.Full(date, precision);
        value["date_in_year"] = DateText.WithinYear(date, precision);
        value["year"] = date.Year;
    }

    /// <summary>"Invited talk", "Keynote", "Poster" …; a type no list knows is shown with its first letter raised.</summary>
    private static string? TalkTypeLabel(string? type) => type switch
    {
        null => null,
        "invited" => "Invited talk",
        "contributed" => "Contributed talk",
        "oral" => "Oral presentation",
        _ => char.ToUpperInvariant(type[0]) + type[1..],
    };
}
