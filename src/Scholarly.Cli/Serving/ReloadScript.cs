using System.Text;
using Microsoft.AspNetCore.Http;

namespace Scholarly.Cli.Serving;

/// <summary>
/// Adds the reload script to every HTML page as it is served (pages, folder indexes, the 404 page); nothing of it is
/// ever written to a site. Other files pass through untouched.
/// </summary>
internal static class ReloadScript
{
    public const string Path = "/__scholarly/live.js";
    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{Path}\" defer></script>");

    /// <summary>Serves the script itself.</summary>
    public static async Task ServeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var script = typeof(ReloadScript).Assembly.GetManifestResourceStream("live-reload.js")!;
        await script.CopyToAsync(context.Response.Body);
    }

    /// <summary>Middleware: the response below it, with the script added when it is HTML.</summary>
    public static async Task AddToPagesAsync(HttpContext context, RequestDelegate next)
    {
        // Only an address that can answer with a page is held in memory to be rewritten (a PDF is not).
        var extension = System.IO.Path.GetExtension(context.Request.Path.Value ?? "");
        if (extension.Length > 0 && extension is not ".html" and not ".htm")
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var page = new MemoryStream();
        context.Response.Body = page;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var bytes = page.ToArray();
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true && bytes.Length > 0)
        {
            bytes = WithTag(bytes);
            context.Response.ContentLength = bytes.Length;
        }

        await body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The page with the script before &lt;/body&gt; (or at its end when there is none).</summary>
    private static byte[] WithTag(byte[] page)
    {
        var end = page.AsSpan().LastIndexOf("</body>"u8);
        var at = end >= 0 ? end : page.Length;
        return [.. page.AsSpan(0, at), .. Tag, .. page.AsSpan(at)];
    }
}
