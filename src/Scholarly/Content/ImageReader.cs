using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads an <c>image:</c> key (a paper's figure, a project's picture): a path or address, with its alt text.</summary>
internal static class ImageReader
{
    /// <summary>What an image given as a mapping may say: <c>image: { url: teaser.png, alt: … }</c>.</summary>
    private static readonly HashSet<string> ImageKeys = new(StringComparer.Ordinal) { "url", "alt" };

    /// <summary><c>image: figures/teaser.png</c>, or a mapping with <c>url</c> and <c>alt</c>.</summary>
    public static SiteImage? Read(YamlMap map, string defaultAltPrefix, string title, MarkdownRenderer? markdown)
    {
        string? raw;
        string? alt = null;
        if (map.IsMap("image"))
        {
            var entry = map.Map("image")!;
            entry.WarnUnknownKeys(ImageKeys, "image");
            raw = entry.String("url", required: true);
            alt = entry.String("alt")?.Trim();
        }
        else
        {
            raw = map.String("image");
        }

        if (raw is null)
        {
            return null;
        }

        var url = LinkAddress.Normalize("image", raw, out var problem);
        if (url is null)
        {
            map.Error(map.LineOf("image"), $"'image': {problem}");
            return null;
        }

        if (alt is { Length: > 0 })
        {
            return new SiteImage(url, alt, map.LineOf("image"));
        }

        // Without alt text of its own, the figure is described by the paper it is from, in plain text ("Top-k"),
        // which says little about what it shows: a warning asks for words of the author's own.
        var plainTitle = markdown is null ? title : HtmlToText.Convert(markdown.ToInlineHtml(title));
        map.Warning(map.LineOf("image"), $"'image' has no alt text: say what it shows for readers who cannot see it (image: {{ url: {raw.Trim()}, alt: … }}); until then it reads \"{defaultAltPrefix} {plainTitle}\"");
        return new SiteImage(url, defaultAltPrefix + " " + plainTitle, map.LineOf("image"));
    }
}
