using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// A template object whose costlier members (JSON-LD, descriptions, BibTeX) are computed the first time a template
/// reads them, so a theme that does not use them does not pay for them on ten thousand pages.
/// </summary>
/// <remarks>
/// Thread-safe: paper objects are shared by parallel renders, so each value is computed once under a lock. An object
/// with a <see cref="ReadKey"/> records each read of it for the render under way (<see cref="RenderReads"/>), as does
/// a tracked list it hands out.
/// </remarks>
internal sealed class LazyScriptObject : ScriptObject, ITrackedRead
{
    private readonly Dictionary<string, Lazy<object?>> _lazy = new(StringComparer.Ordinal);

    /// <summary>What names this object in every build ("paper:papers/x.md"), when its reads are recorded; else null.</summary>
    public string? ReadKey { get; init; }

    /// <summary>The members computed on first use, by name: a fingerprint names them without computing them.</summary>
    public IEnumerable<string> LazyMembers => _lazy.Keys;

    /// <summary>Adds a member computed on first use.</summary>
    public void SetLazy(string member, Func<object?> compute) =>
        _lazy[member] = new Lazy<object?>(compute, LazyThreadSafetyMode.ExecutionAndPublication);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        if (ReadKey is not null)
        {
            RenderReads.Note(this);
        }

        var found = TryGet(context, span, member, out value);
        if (value is ITrackedRead { ReadKey: not null } tracked)
        {
            RenderReads.Note(tracked);
        }

        return found;
    }

    /// <summary>A member's value, computed if it is lazy, without recording the read (for fingerprints).</summary>
    public bool TryGetUnrecorded(string member, out object value) => TryGet(null, default, member, out value);

    private bool TryGet(TemplateContext? context, SourceSpan span, string member, out object value)
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

    public override bool Contains(string member)
    {
        if (ReadKey is not null)
        {
            RenderReads.Note(this);
        }

        return _lazy.ContainsKey(member) || base.Contains(member);
    }
}
