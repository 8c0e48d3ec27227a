using Scholarly.Model;

namespace Scholarly.Pages;

/// <summary>Every kind of page, in the order the plan lists their pages.</summary>
internal static class PageKinds
{
    public static readonly HomePage Home = new();
    public static readonly PaperPages Papers = new();
    public static readonly TagsIndexPage TagsIndex = new();
    public static readonly TagPages Tags = new();
    public static readonly FreePages Free = new();
    public static readonly NotFoundPage NotFound = new();

    public static IReadOnlyList<PageKind> All { get; } = [Home, Papers, TagsIndex, Tags, Free, NotFound];

    /// <summary>Every page of the site: home, papers, the tag index, tags, the free pages, 404.</summary>
    public static IReadOnlyList<SitePage> PagesOf(Site site) => [.. All.SelectMany(kind => kind.PagesOf(site))];
}
