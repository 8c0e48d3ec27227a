using System.Collections.Concurrent;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Text;
using Scholarly.Themes;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scholarly.Templating;

/// <summary>
/// Renders a page: its layout (home, paper, tags, tag) into <c>content</c>, then <c>base</c> around it.
/// Each render uses a context of its own (pooled: one thread at a time); the parsed templates, the helpers and
/// the model are built once and shared read-only.
/// </summary>
/// <remarks>Thread-safe: <see cref="Render"/> is called from the parallel render phase.</remarks>
internal sealed class TemplateRenderer
{
    public const string BaseLayout = "base";

    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];
    private readonly ScriptObject _builtins;
    private readonly ScriptObject _globals;
    private readonly string _siteDirectory;

    /// <param name="pageTimeout">How long one page may render before it is stopped (see <see cref="BuildOptions.PageTimeout"/>).</param>
    public TemplateRenderer(Site site, Theme theme, string siteDirectory, TemplateModel model, MarkdownRenderer markdown, TimeSpan pageTimeout)
    {
        PageTimeout = pageTimeout;
        _siteDirectory = siteDirectory;
        Resolver = new LayoutResolver(siteDirectory, theme);
        Cache = new TemplateCache(DisplayPath);
        Links = site.Links;
        LoopBudget = 1_000_000 + (20 * (site.Papers.Count + site.Tags.Count + site.Papers.Sum(p => p.Authors.Count + p.Tags.Count)));

        _builtins = new BuiltinFunctions();
        PinClock((ScriptObject)_builtins["date"]!, site.BuildDate);

        // Shared by every render: a template setting date.format would otherwise change other pages.
        foreach (var value in _builtins.Values.OfType<ScriptObject>())
        {
            value.IsReadOnly = true;
        }

        _builtins.IsReadOnly = true;
        _globals = new ScriptObject
        {
            ["site"] = model.SiteObject,
            ["profile"] = model.Profile,
        };
        var fragments = new FragmentCache(Cache, name => Resolver.Resolve(TemplateKind.Partial, name));
        new TemplateFunctions(Links, site.BuildDate.Year, markdown, Resolver, Cache, fragments, DisplayPath).ImportInto(_globals);
        _globals.IsReadOnly = true;
    }

    public LayoutResolver Resolver { get; }

    public TemplateCache Cache { get; }

    /// <summary>How this site's pages link to its paths.</summary>
    public SiteLinks Links { get; }

    public TimeSpan PageTimeout { get; }

    /// <summary>How many loop iterations one render may run in all: far more than the site's data can ask for.</summary>
    public int LoopBudget { get; }

    /// <summary>
    /// Renders the page at <paramref name="pagePath"/> with <paramref name="layout"/>; <paramref name="page"/> becomes <c>page</c>
    /// and its other entries (paper, tag) top-level variables. Throws <see cref="TemplateFailure"/> on a template error.
    /// </summary>
    /// <returns>The page's UTF-8 bytes, made from the render's chunks without a string of the whole page.</returns>
    /// <param name="stop">Stops the render where it is (a live server's newer save makes the build obsolete): OperationCanceledException.</param>
    public Utf8Text Render(string layout, string pagePath, ScriptObject page, IReadOnlyDictionary<string, object> variables, CancellationToken stop = default)
    {
        // Contexts are costly to create (Scriban sets up its whole runtime in each), so each thread reuses one
        // from the pool; a context is only ever used by one render at a time, and one that failed is dropped.
        if (!_contexts.TryTake(out var context))
        {
            context = new HtmlTemplateContext(this);
            context.PushGlobal(_builtins);
            context.PushGlobal(_globals);
        }

        context.PagePath = pagePath;
        var locals = new ScriptObject { ["page"] = page };
        foreach (var (name, value) in variables)
        {
            locals[name] = value;
        }

        context.PushGlobal(locals);
        // A list of 10,000 papers takes half a second to render: a newer save stops it rather than wait for it.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(PageTimeout);
        context.CancellationToken = timeout.Token;
        try
        {
            var content = RenderLayout(context, layout).Text.ToString();
            locals["content"] = new Html(content);
            // The whole page is encoded from the base layout's chunks: no string of the page is made.
            var html = Utf8Text.Encode(RenderLayout(context, BaseLayout).Text);
            context.PopGlobal();
            _contexts.Add(context);
            return html;
        }
        catch (ScriptAbortException) when (stop.IsCancellationRequested)
        {
            throw new OperationCanceledException(stop);
        }
        catch (ScriptAbortException e) when (timeout.IsCancellationRequested)
        {
            throw new TemplateFailure([Diagnostic.Error(e.Span.FileName ?? "(template)", e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                $"template: rendering {(pagePath.Length == 0 ? "the home page" : pagePath)} took longer than {PageTimeout.TotalSeconds:0.#} s and was stopped (a loop that does not end?)")]);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateFailure([ToDiagnostic(e)]);
        }
        catch (Exception e) when (FindFailure(e) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// Scriban's <c>date.now</c> would make two builds of the same input differ; templates get the build date instead
    /// (config, SOURCE_DATE_EPOCH or today, fixed once per build).
    /// </summary>
    private static void PinClock(ScriptObject dateFunctions, DateOnly buildDate)
    {
        var now = buildDate.ToDateTime(TimeOnly.MinValue);
        dateFunctions.Remove("now");
        dateFunctions.Import("now", new Func<DateTime>(() => now));
    }

    /// <summary>How a template path is shown in messages: relative to the site when inside it, else as it is.</summary>
    public string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(_siteDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>What <paramref name="layout"/> writes, kept in the output's chunks (see <see cref="PageTextOutput"/>).</summary>
    private PageTextOutput RenderLayout(HtmlTemplateContext context, string layout)
    {
        var template = LayoutTemplate(layout);
        var output = new PageTextOutput();
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        return output;
    }

    private Template LayoutTemplate(string layout)
    {
        var path = Resolver.Resolve(TemplateKind.Layout, layout);
        if (path is null)
        {
            var tried = string.Join(", ", Resolver.Candidates(TemplateKind.Layout, layout).Select(DisplayPath));
            throw new TemplateFailure([Diagnostic.Error(tried.Split(", ")[0], 0, 0, $"layout '{layout}' not found; looked in: {tried}")]);
        }

        return Cache.Get(path);
    }

    private Diagnostic ToDiagnostic(ScriptRuntimeException e)
    {
        if (FindFailure(e) is { } failure)
        {
            return failure.Diagnostics[0];
        }

        var span = e.Span;
        var message = e is ScriptParserRuntimeException parser && parser.ParserMessages.Count > 0
            ? string.Join("; ", parser.ParserMessages.Select(m => m.ToString()))
            : e.OriginalMessage;
        // Some of Scriban's messages speak of its internals ("Argument index must be < 1", "Unable to convert type
        // int to object"): the expression as written says which call is wrong.
        if (message.Contains("(Parameter '", StringComparison.Ordinal) || message.StartsWith("Unable to convert type", StringComparison.Ordinal))
        {
            message = $"{(SourceAt(span) is { } code ? $"'{code}': " : "")}the arguments do not suit the function ({message.Split(" (Parameter", 2)[0]})";
        }

        return Diagnostic.Error(span.FileName ?? "(template)", span.Start.Line + 1, span.Start.Column + 1, "template: " + message);
    }

    /// <summary>The template text a span covers, one line at most; null when it is not known.</summary>
    private string? SourceAt(Scriban.Parsing.SourceSpan span)
    {
        if (span.FileName is null || Cache.SourceOf(span.FileName) is not { } text || span.Start.Offset < 0 || span.End.Offset >= text.Length || span.End.Offset < span.Start.Offset)
        {
            return null;
        }

        // The whole {{ … }} around it: a span may cover only one argument.
        var open = text.LastIndexOf("{{", span.Start.Offset, StringComparison.Ordinal);
        var close = text.IndexOf("}}", span.End.Offset, StringComparison.Ordinal);
        var (from, to) = open >= 0 && close > open ? (open, close + 2) : (span.Start.Offset, span.End.Offset + 1);
        return text[from..to].Split('\n')[0].Trim();
    }

    private static TemplateFailure? FindFailure(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is TemplateFailure failure)
            {
                return failure;
            }
        }

        return null;
    }
}
