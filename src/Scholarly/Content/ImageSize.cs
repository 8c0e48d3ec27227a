using MetadataExtractor;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;

namespace Scholarly.Content;

/// <summary>The pixel size of an image in the site, for the width and height a link preview (og:image) states.</summary>
internal readonly record struct ImageSize(int Width, int Height)
{
    /// <summary>
    /// The formats link previews show: JPEG, PNG, GIF and WebP. Others (SVG above all) are not offered as a preview.
    /// </summary>
    public static bool IsPreviewFormat(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp";

    /// <summary>The size read from the file's header (MetadataExtractor), or null when it is not an image it can read.</summary>
    public static ImageSize? Of(string file)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(file);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        foreach (var directory in directories)
        {
            var (width, height) = directory switch
            {
                JpegDirectory => (JpegDirectory.TagImageWidth, JpegDirectory.TagImageHeight),
                PngDirectory { Name: "PNG-IHDR" } => (PngDirectory.TagImageWidth, PngDirectory.TagImageHeight),
                GifHeaderDirectory => (GifHeaderDirectory.TagImageWidth, GifHeaderDirectory.TagImageHeight),
                WebPDirectory => (WebPDirectory.TagImageWidth, WebPDirectory.TagImageHeight),
                _ => (-1, -1),
            };
            if (width >= 0 && directory.TryGetInt32(width, out var w) && directory.TryGetInt32(height, out var h) && w > 0 && h > 0)
            {
                return new ImageSize(w, h);
            }
        }

        return null;
    }
}
