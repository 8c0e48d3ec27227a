namespace Scholarly.Content;

/// <summary>An image a paper names in <c>image:</c>: a path in the site (a file in static/) or an address.</summary>
/// <param name="Alt">What the image shows, for readers who cannot see it: the file's <c>alt</c>, else "Figure from" and the title.</param>
/// <param name="Line">The line of <c>image:</c>, for messages.</param>
internal sealed record SiteImage(string Url, string Alt, int Line);
