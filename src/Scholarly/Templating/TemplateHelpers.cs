using Scholarly.Model;
using Scholarly.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scholarly.Templating;

/// <summary>
/// The helper functions every template can call (documented in docs/themes.md). Imported once per build
/// under snake_case names: <c>relative_url</c>, <c>absolute_url</c>, <c>format_date</c>, <c>pluralize</c>,
/// <c>author_list</c>, <c>markdownify</c>, <c>hue</c>, <c>safe_html</c> and <c>include</c>.
/// </summary>
internal static class TemplateHelpers
{
    private const int MaxIncludeDepth = 32;

    /// <summary>
    /// The link from the current page to a site path ("papers/gba/"): page-relative, or root-relative when the site
    /// sets <c>relative_links: false</c>. Addresses with a scheme pass unchanged.
    /// </summary>
    public static string RelativeUrl(TemplateContext context, string? path)
    {
        var target = path ?? "";
        if (IsAbsolute(target))
        {
            return target;
        }

        var html = Html(context);
        var root = html.RootPrefix;
        return root.Length == 0 ? UrlPath.Relative("", target.TrimStart('/')) : root + target.TrimStart('/');
    }

    /// <summary>The full address of a site path, from base_url: for feeds, canonical links and sharing.</summary>
    public static string AbsoluteUrl(TemplateContext context, string? path)
    {
        var target = path ?? "";
        return IsAbsolute(target) ? target : Html(context).Renderer.BaseUrl + target.TrimStart('/');
    }

    /// <summary>"May 28" for a date in the build's year, "May 23, 2022" for any other.</summary>
    public static string FormatDate(TemplateContext context, DateTime date) =>
        DateText.Display(DateOnly.FromDateTime(date), Html(context).Renderer.ReferenceYear);

    /// <summary>"1 paper", "32 papers"; the plural defaults to the singular plus "s".</summary>
    public static string Pluralize(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>Renders Markdown (paragraphs, emphasis, math) to HTML, for text a theme's params or a site carries.</summary>
    public static Html Markdownify(TemplateContext context, string? markdown) =>
        new(Html(context).Renderer.Markdown.ToHtml(markdown ?? ""));

    /// <summary>
    /// A paper's authors as HTML: the owner in <c>strong.owner</c>, "…" where names are left out before the owner,
    /// " et al." when the list is cut. Short by default (the config's authors_before_et_al); all with <c>full</c>.
    /// </summary>
    public static Html AuthorList(ScriptObject paper, bool full = false)
    {
        if (paper[full ? "authors" : "authors_short"] is not IEnumerable<object> authors || paper[full ? "et_al" : "authors_short_et_al"] is not bool etAl)
        {
            throw new ArgumentException("author_list takes a paper, e.g. {{ author_list paper }}", nameof(paper));
        }

        var html = new System.Text.StringBuilder();
        foreach (var author in authors.OfType<ScriptObject>())
        {
            if (html.Length > 0)
            {
                html.Append(", ");
            }

            var name = HtmlText.Escape(author["name"] as string ?? "");
            if (author["is_gap"] is true)
            {
                html.Append('…');
            }
            else if (author["is_owner"] is true)
            {
                html.Append("<strong class=\"owner\">").Append(name).Append("</strong>");
            }
            else if (author["url"] is string url)
            {
                html.Append("<a class=\"coauthor\" href=\"").Append(HtmlText.Escape(url)).Append("\">").Append(name).Append("</a>");
            }
            else
            {
                html.Append(name);
            }
        }

        return new Html(etAl ? html.Append(" et al.").ToString() : html.ToString());
    }

    /// <summary>
    /// The value when it is a plain CSS colour (#2456d3, rgb(…), hsl(…), a named colour), else null: a theme param
    /// printed into a style element must not be able to add rules of its own.
    /// </summary>
    public static string? CssColor(string? value) =>
        value is not null && System.Text.RegularExpressions.Regex.IsMatch(value.Trim(), @"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([0-9a-zA-Z.,%/ +-]{1,60}\))$")
            ? value.Trim()
            : null;

    /// <summary>A stable hue (0–359) for a text, so a theme can give each category its own colour.</summary>
    public static int Hue(string? text)
    {
        var hash = 2166136261u;
        foreach (var c in text ?? "")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 360);
    }

    /// <summary>Marks a string as trusted HTML, printed without escaping. Never give it user text.</summary>
    public static Html SafeHtml(string? html) => new(html ?? "");

    /// <summary>
    /// Renders the partial <paramref name="name"/> (partials/NAME.html, looked up site first, then theme, then parents)
    /// in the current scope, so it sees the caller's variables, and returns its HTML.
    /// </summary>
    public static Html Include(TemplateContext context, SourceSpan span, string name)
    {
        var html = Html(context);
        var path = html.Renderer.Resolver.Resolve(TemplateKind.Partial, name)
            ?? throw new ScriptRuntimeException(span, $"partial '{name}' not found; looked in: {string.Join(", ", html.Renderer.Resolver.Candidates(TemplateKind.Partial, name).Select(html.Renderer.DisplayPath))}");
        if (html.IncludeDepth >= MaxIncludeDepth)
        {
            throw new ScriptRuntimeException(span, $"partial '{name}' is included more than {MaxIncludeDepth} levels deep: does it include itself?");
        }

        var template = html.Renderer.Cache.Get(path);
        html.IncludeDepth++;
        context.PushOutput();
        try
        {
            return new Html(template.Render(context) ?? "");
        }
        finally
        {
            context.PopOutput();
            html.IncludeDepth--;
        }
    }

    /// <summary>Adds the helpers to <paramref name="target"/>.</summary>
    public static void ImportInto(ScriptObject target)
    {
        target.Import("relative_url", new Func<TemplateContext, string?, string>(RelativeUrl));
        target.Import("absolute_url", new Func<TemplateContext, string?, string>(AbsoluteUrl));
        target.Import("format_date", new Func<TemplateContext, DateTime, string>(FormatDate));
        target.Import("pluralize", new Func<int, string, string?, string>(Pluralize));
        target.Import("hue", new Func<string?, int>(Hue));
        target.Import("css_color", new Func<string?, string?>(CssColor));
        target.Import("markdownify", new Func<TemplateContext, string?, Html>(Markdownify));
        target.Import("author_list", new Func<ScriptObject, bool, Html>(AuthorList));
        target.Import("safe_html", new Func<string?, Html>(SafeHtml));
        target.Import("include", new Func<TemplateContext, SourceSpan, string, Html>(Include));
    }

    private static bool IsAbsolute(string target) =>
        target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || target.StartsWith('#');

    private static HtmlTemplateContext Html(TemplateContext context) =>
        context as HtmlTemplateContext ?? throw new InvalidOperationException("Scholarly helpers need an HtmlTemplateContext.");
}
