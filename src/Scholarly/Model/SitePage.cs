using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>What kind of page a page is; also the name of its layout.</summary>
internal enum PageKind
{
    Home,
    Paper,
    Tags,
    Tag,
    NotFound,
}

/// <summary>One page of the site: where it goes, with which layout, about which paper or tag.</summary>
/// <param name="Path">The page's site-root-relative path ("papers/gba/"); its file is <see cref="UrlPath.FileOf"/>.</param>
internal sealed record SitePage(PageKind Kind, string Path, string Title, Paper? Paper = null, Tag? Tag = null)
{
    /// <summary>The layout file name: home, paper, tags, tag or 404.</summary>
    public string Layout => Kind == PageKind.NotFound ? "404" : Kind.ToString().ToLowerInvariant();
}
