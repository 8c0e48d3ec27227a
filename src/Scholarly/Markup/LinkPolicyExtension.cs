using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scholarly.Text;

namespace Scholarly.Markup;

/// <summary>
/// Makes the links of Markdown content safe and valid on every page it appears on:
/// <list type="bullet">
/// <item>a link with a scheme other than http, https or mailto (javascript:, data:, vbscript:) or with no host
/// (//host) loses its address and stays as plain text; such an image disappears, its alt text stays;</item>
/// <item>a relative address (files/paper.pdf) is relative to the site root, like the links in front matter; it is
/// written with <see cref="SiteLinks.RootPlaceholder"/> in front, which each page (or the feed) replaces with its own way to the root.</item>
/// </list>
/// </summary>
/// <remarks>With <c>linksAllowed</c> false (titles, which sit inside a link on cards) every link becomes its text.</remarks>
internal sealed class LinkPolicyExtension(bool linksAllowed) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Apply;
        pipeline.DocumentProcessed += Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url?.Trim() ?? "";
            if (!linksAllowed)
            {
                Unwrap(link);
            }
            else if (url.Length == 0 || url.StartsWith('#'))
            {
                continue;
            }
            else if (!IsSafe(url))
            {
                Unwrap(link);
            }
            else if (!HasScheme(url))
            {
                link.Url = SiteLinks.RootPlaceholder + url.TrimStart('/');
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!linksAllowed || !IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    private static bool IsSafe(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        if (!HasScheme(url))
        {
            return true;
        }

        var scheme = url[..url.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>A scheme is letters before a ':' that comes before any '/', '?' or '#'.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var end = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (end < 0 || colon < end);
    }

    /// <summary>Replaces a link by its text (an image by its alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            link.ReplaceBy(new LiteralInline(alt), copyChildren: false);
            return;
        }

        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
