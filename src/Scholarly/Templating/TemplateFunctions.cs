using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scholarly.Templating;

/// <summary>
/// The helper functions every template can call (documented in docs/themes.md), as one object built with what they
/// need: the site's links, the build's year, the Markdown pipeline, and where partials are found. Imported once per
/// build under snake_case names: <c>relative_url</c>, <c>absolute_url</c>, <c>format_date</c>, <c>pluralize</c>,
/// <c>author_list</c>, <c>markdownify</c>, <c>hue</c>, <c>css_color</c>, <c>safe_html</c> and <c>include</c>. Only
/// what belongs to one render (the page's path, how deep its includes go) comes from the render's context.
/// </summary>
internal sealed class TemplateFunctions(
    SiteLinks links, int referenceYear, MarkdownRenderer markdown, LayoutResolver resolver, TemplateCache cache, FragmentCache fragments, Func<string, string> displayPath)
{
    private const int MaxIncludeDepth = 32;

    /// <summary>
    /// The link from the current page to a site path ("papers/gba/"): page-relative, or root-relative when the site
    /// sets <c>relative_links: false</c>. Addresses with a scheme pass unchanged.
    /// </summary>
    public string RelativeUrl(TemplateContext context, string? path)
    {
        var target = path ?? "";
        return IsAbsolute(target) ? target : links.From(RenderOf(context).PagePath, target);
    }

    /// <summary>The full address of a site path, from base_url: for feeds, canonical links and sharing.</summary>
    public string AbsoluteUrl(string? path)
    {
        var target = path ?? "";
        return IsAbsolute(target) ? target : links.Absolute(target);
    }

    /// <summary>"May 28" for a date in the build's year, "May 23, 2022" for any other.</summary>
    public string FormatDate(DateTime date) => DateText.Display(DateOnly.FromDateTime(date), referenceYear);

    /// <summary>Renders Markdown (paragraphs, emphasis, math) to HTML, for text a theme's params or a site carries.</summary>
    public Html Markdownify(string? text) => new(markdown.ToHtml(text ?? ""));

    /// <summary>
    /// A paper's authors as HTML, as the theme's <c>authors</c> partial writes them (scholar's: the owner in
    /// <c>strong.owner</c>, "…" where names are left out before the owner, " et al." when the list is cut). Short by
    /// default (the config's authors_before_et_al); all with <c>full</c>.
    /// </summary>
    public Html AuthorList(TemplateContext context, SourceSpan span, ScriptObject paper, bool full = false)
    {
        if (paper["authors"] is not IEnumerable<object> || paper["authors_short"] is not IEnumerable<object>)
        {
            throw new ScriptRuntimeException(span, "author_list takes a paper, e.g. {{ author_list paper }}");
        }

        return Include(context, span, "authors", new ScriptObject { ["paper"] = paper, ["full"] = full });
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

    /// <summary>
    /// The lightest ink (a lightness in percent, at most <paramref name="start"/>) of the hue and saturation given that
    /// meets WCAG AA (4.5:1) on a background of the same hue: <c>{{ ink_lightness h 60 70 94 40 }}</c>.
    /// </summary>
    public static int InkLightness(double hue, double saturation, double backgroundSaturation, double backgroundLightness, double start) =>
        ColorContrast.InkLightness(hue, saturation, backgroundSaturation, backgroundLightness, start);

    /// <summary>Marks a string as trusted HTML, printed without escaping. Never give it user text.</summary>
    public static Html SafeHtml(string? html) => new(html ?? "");

    /// <summary>
    /// Renders the partial <paramref name="name"/> (partials/NAME.html, looked up site first, then theme, then parents)
    /// and returns its HTML. It sees the caller's variables; <paramref name="inputs"/>
    /// (<c>{{ include "authors" { paper: paper, full: true } }}</c>) are set in a scope of its own on top of them, so
    /// what it assigns stays there.
    /// </summary>
    public Html Include(TemplateContext context, SourceSpan span, string name, ScriptObject? inputs = null)
    {
        var render = RenderOf(context);
        var path = resolver.Resolve(TemplateKind.Partial, name)
            ?? throw new ScriptRuntimeException(span, $"partial '{name}' not found; looked in: {string.Join(", ", resolver.Candidates(TemplateKind.Partial, name).Select(displayPath))}");
        if (render.IncludeDepth >= MaxIncludeDepth)
        {
            throw new ScriptRuntimeException(span, $"partial '{name}' is included more than {MaxIncludeDepth} levels deep: does it include itself?");
        }

        var template = cache.Get(path);
        render.IncludeDepth++;
        context.PushOutput();
        if (inputs is not null)
        {
            var scope = new ScriptObject();
            scope.Import(inputs);
            context.PushGlobal(scope);
        }

        try
        {
            var key = fragments.KeyOf(path, context, render.RootPrefix, hasScope: inputs is not null);
            if (key is { } known && fragments.TryGet(known, out var kept))
            {
                LineState.Set(context, kept.EndsAtLineStart);
                // The page read what the partial read when it was rendered.
                RenderReads.Note(kept.Reads);
                return new Html(kept.Html);
            }

            var recording = RenderReads.Recording;
            var outer = recording ? RenderReads.Begin() : null;
            string html;
            IReadOnlyCollection<ITrackedRead> reads = [];
            try
            {
                html = template.Render(context) ?? "";
            }
            finally
            {
                if (recording)
                {
                    reads = RenderReads.End(outer);
                }
            }
            if (key is { } fresh)
            {
                fragments.Add(fresh, new Fragment(html, LineState.AtLineStart(context), reads));
            }

            return new Html(html);
        }
        finally
        {
            if (inputs is not null)
            {
                context.PopGlobal();
            }

            context.PopOutput();
            render.IncludeDepth--;
        }
    }

    /// <summary>
    /// <c>group_by_year papers</c>: the papers under their years, newest year first, each year's papers in the order
    /// given (a list in manual order keeps it within each year). Each group is <c>{ year, papers }</c>.
    /// </summary>
    public static ScriptArray GroupByYear(ScriptArray? papers)
    {
        var groups = new ScriptArray();
        var byYear = new SortedDictionary<int, ScriptArray>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var paper in papers ?? [])
        {
            if (paper is ITrackedRead { ReadKey: not null } tracked)
            {
                RenderReads.Note(tracked); // its year is read here, not by the template
            }

            var year = paper is ScriptObject item && item["year"] is int number ? number : 0;
            if (!byYear.TryGetValue(year, out var group))
            {
                byYear[year] = group = [];
            }

            group.Add(paper);
        }

        foreach (var (year, group) in byYear)
        {
            groups.Add(new ScriptObject { ["year"] = year, ["papers"] = group });
        }

        return groups;
    }

    /// <summary>Adds the helpers to <paramref name="target"/>.</summary>
    public void ImportInto(ScriptObject target)
    {
        target.Import("relative_url", new Func<TemplateContext, string?, string>(RelativeUrl));
        target.Import("absolute_url", new Func<string?, string>(AbsoluteUrl));
        target.Import("format_date", new Func<DateTime, string>(FormatDate));
        target.Import("pluralize", new Func<int, string, string?, string>(Plural.Of));
        target.Import("hue", new Func<string?, int>(Hue));
        target.Import("ink_lightness", new Func<double, double, double, double, double, int>(InkLightness));
        target.Import("css_color", new Func<string?, string?>(CssColor));
        target.Import("markdownify", new Func<string?, Html>(Markdownify));
        target.Import("author_list", new Func<TemplateContext, SourceSpan, ScriptObject, bool, Html>(AuthorList));
        target.Import("safe_html", new Func<string?, Html>(SafeHtml));
        target.Import("group_by_year", new Func<ScriptArray?, ScriptArray>(GroupByYear));
        target.Import("include", new Func<TemplateContext, SourceSpan, string, ScriptObject?, Html>(Include));
    }

    private static bool IsAbsolute(string target) =>
        target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || target.StartsWith('#');

    /// <summary>The state of the render a helper is called from.</summary>
    private static HtmlTemplateContext RenderOf(TemplateContext context) =>
        context as HtmlTemplateContext ?? throw new InvalidOperationException("Scholarly helpers need an HtmlTemplateContext.");
}
