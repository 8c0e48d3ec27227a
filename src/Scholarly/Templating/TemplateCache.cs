using System.Collections.Concurrent;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Scholarly.Templating;

/// <summary>Parses each template file once per build; parsed templates are shared by all renders.</summary>
/// <remarks>
/// Thread-safe: a parsed <see cref="Template"/> is immutable and may be rendered concurrently with separate contexts.
/// A file that fails to parse throws <see cref="TemplateFailure"/> each time it is asked for.
/// </remarks>
internal sealed class TemplateCache(Func<string, string> displayPath)
{
    private readonly ConcurrentDictionary<string, Lazy<Template>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <summary>The text of a template parsed so far, by the name shown in messages; null when unknown.</summary>
    public string? SourceOf(string shownName) => _sources.TryGetValue(shownName, out var text) ? text : null;

    public Template Get(string path) =>
        _templates.GetOrAdd(path, p => new Lazy<Template>(() => Parse(p))).Value;

    private Template Parse(string path)
    {
        var shown = displayPath(path);
        string text;
        try
        {
            text = ContentText.Read(path);
        }
        catch (InvalidContentException e)
        {
            throw new TemplateFailure([Diagnostic.Error(shown, e.Line, 0, e.Message)]);
        }

        _sources[shown] = text;
        var template = Template.Parse(text, shown, lexerOptions: new LexerOptions { Lang = ScriptLang.Default, Mode = ScriptMode.Default });
        if (template.HasErrors)
        {
            // An error at the end of the file (an unclosed {{) has no position of its own: point at the last line.
            var lastLine = text.TrimEnd('\n').Count(c => c == '\n') + 1;
            throw new TemplateFailure([.. template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => m.Span.Start.Line < 0
                    ? Diagnostic.Error(shown, lastLine, 0, "template syntax: " + m.Message)
                    : Diagnostic.Error(shown, m.Span.Start.Line + 1, m.Span.Start.Column + 1, "template syntax: " + m.Message))]);
        }

        return template;
    }
}
