using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>
/// The image a page offers to link previews (og:image): a paper's own figure on its page, else the profile photo.
/// Only formats previews show (JPEG, PNG, GIF, WebP); the size is known for files in the site.
/// </summary>
/// <param name="Url">A site path or an address.</param>
/// <param name="IsFigure">A paper's figure (shown large in a preview), not a portrait.</param>
internal sealed record PreviewImage(string Url, string Alt, ImageSize? Size, bool IsFigure)
{
    public static PreviewImage? OfProfile(Site site) =>
        site.Profile.Photo is { } photo && Previewable(photo)
            ? new PreviewImage(photo, "Photo of " + site.Profile.Name, site.ImageSizeOf(photo), IsFigure: false)
            : null;

    public static PreviewImage? OfPaper(Paper paper, Site site) => paper.Image is { } image ? Of(image, site) : null;

    /// <summary>A figure of the site's (a paper's, a project's), when previews can show its format.</summary>
    public static PreviewImage? Of(SiteImage image, Site site) =>
        Previewable(image.Url) ? new PreviewImage(image.Url, image.Alt, site.ImageSizeOf(image.Url), IsFigure: true) : null;

    private static bool Previewable(string url) => ImageSize.IsPreviewFormat(LinkAddress.FilePathOf(url));
}
