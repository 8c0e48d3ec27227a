using Scholarly.Model;

namespace Scholarly.Pages;

/// <summary>
/// A page that lists one kind of content (<c>/news/</c>, <c>/talks/</c>, <c>/teaching/</c>, <c>/projects/</c>,
/// <c>/cv/</c>): there when the site has that content, made from its folder, its layout's name its flag.
/// </summary>
internal sealed class SectionPage(
    string layout,
    string path,
    string title,
    Func<Site, bool> exists,
    Func<Site, string> describe,
    IReadOnlyList<string> content,
    Func<Site, DateOnly?>? lastModified = null,
    string? ownFeed = null) : PageKind
{
    public override string Layout => layout;

    public override IEnumerable<SitePage> PagesOf(Site site) => exists(site) ? [new SitePage(this, path, title)] : [];

    public override string DescriptionOf(SitePage page, Site site) => describe(site);

    /// <summary>The newest entry's date, or none for content without dates.</summary>
    public override DateOnly? LastModifiedOf(SitePage page, Site site) => lastModified?.Invoke(site);

    public override string? OwnFeedOf(SitePage page) => ownFeed;

    protected override IEnumerable<string> ContentOf(SitePage page) => content;
}
