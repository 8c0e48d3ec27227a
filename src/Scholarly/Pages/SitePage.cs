namespace Scholarly.Pages;

/// <summary>One page of the site: its kind, where it goes, its title, and what it is about (a paper, a tag, or nothing).</summary>
/// <param name="Path">The page's site-root-relative path ("papers/gba/"); its file is <see cref="Text.UrlPath.FileOf"/>.</param>
internal sealed record SitePage(PageKind Kind, string Path, string Title, object? Subject = null)
{
    /// <summary>The layout it renders through, which is also <c>page.kind</c> in templates.</summary>
    public string Layout => Kind.Layout;
}
