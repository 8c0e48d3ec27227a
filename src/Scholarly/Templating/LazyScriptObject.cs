using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// A template object whose costlier members (JSON-LD, descriptions, BibTeX) are computed the first time a template
/// reads them, so a theme that does not use them does not pay for them on ten thousand pages.
/// </summary>
/// <remarks>Thread-safe: paper objects are shared by parallel renders, so each value is computed once under a lock.</remarks>
internal sealed class LazyScriptObject : ScriptObject
{
    private readonly Dictionary<string, Lazy<object?>> _lazy = new(StringComparer.Ordinal);

    /// <summary>Adds a member computed on first use.</summary>
    public void SetLazy(string member, Func<object?> compute) =>
        _lazy[member] = new Lazy<object?>(compute, LazyThreadSafetyMode.ExecutionAndPublication);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        if (_lazy.TryGetValue(member, out var lazy))
        {
            value = lazy.Value!;
            return true;
        }

        var found = base.TryGetValue(context, span, member, out var stored);
        value = stored!;
        return found;
    }

    public override bool Contains(string member) => _lazy.ContainsKey(member) || base.Contains(member);
}
