using Scholarly.Content;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>Every kind of page, in the order the plan lists their pages.</summary>
internal static class PageKinds
{
    public static readonly HomePage Home = new();
    public static readonly PaperPages Papers = new();
    public static readonly TagsIndexPage TagsIndex = new();
    public static readonly TagPages Tags = new();
    public static readonly YearPages Years = new();
    public static readonly FreePages Free = new();

    public static readonly SectionPage News = new(
        "news", UrlPath.News, "News", site => site.News.Count > 0,
        site => $"News from {site.Profile.Name}: {Plural.Of(site.News.Count, "item")}, the latest on {DateText.Full(site.News[0].Date, site.News[0].DatePrecision)}.",
        [SiteLayout.NewsFolder + "/"], site => site.News[0].Date, ownFeed: UrlPath.News);

    public static readonly SectionPage TalksIndex = new(
        "talks", UrlPath.Talks, "Talks", site => site.Talks.Count > 0,
        site => $"Talks by {site.Profile.Name}: {Plural.Of(site.Talks.Count, "talk")}, with slides and videos.",
        [SiteLayout.TalksFolder + "/"], site => site.Talks[0].Date);

    public static readonly TalkPages Talks = new();

    public static readonly SectionPage Teaching = new(
        "teaching", UrlPath.Teaching, "Teaching", site => site.Teaching.Count > 0,
        site => $"Courses taught by {site.Profile.Name}: {Plural.Of(site.Teaching.Count, "course")}.",
        [SiteLayout.TeachingFolder + "/"]);

    public static readonly SectionPage ProjectsIndex = new(
        "projects", UrlPath.Projects, "Projects", site => site.Projects.Count > 0,
        site => $"Research projects of {site.Profile.Name}: {string.Join(", ", site.Projects.Take(5).Select(p => p.TitleText))}.",
        [SiteLayout.ProjectsFolder + "/", JobInputs.EveryPaper]);

    public static readonly ProjectPages Projects = new();

    public static readonly SectionPage Cv = new(
        "cv", UrlPath.Cv, "CV", site => site.Cv is not null,
        site => $"Curriculum vitae of {site.Profile.Name}{(site.Profile.Position is { } position ? ", " + position : "")}.",
        [SiteLayout.CvFile, JobInputs.EveryPaper, SiteLayout.TalksFolder + "/", SiteLayout.TeachingFolder + "/"]);

    public static readonly NotFoundPage NotFound = new();

    public static IReadOnlyList<PageKind> All { get; } = [Home, Papers, TagsIndex, Tags, Years, Free, News, TalksIndex, Talks, Teaching, ProjectsIndex, Projects, Cv, NotFound];

    /// <summary>Every page of the site: home, papers, the tag index, tags, years, the free pages, the other kinds, 404.</summary>
    public static IReadOnlyList<SitePage> PagesOf(Site site) => [.. All.SelectMany(kind => kind.PagesOf(site))];
}
