namespace Scholarly.Content;

/// <summary>A free page of the site (<c>pages/about.md</c> → <c>/about/</c>): a title and a Markdown body.</summary>
/// <param name="Name">Its address under the site root ("about"), from the file name or <c>slug:</c>.</param>
/// <param name="Description">For search results and link previews; null to take the body's opening.</param>
/// <param name="Weight">Where the default navigation lists it: lower first, then by title.</param>
internal sealed record ContentPage(
    string Name,
    string Title,
    string? Description,
    string BodyHtml,
    string SourceFile,
    int Weight,
    bool Draft);
