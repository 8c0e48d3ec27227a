using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scholarly.Text;
using Scriban;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// The output of each partial, kept for the rest of the build under what decided it: the values of the variables it
/// reads (<see cref="PartialReads"/>), the way from the page to the site root its links take, and the indent of the
/// line it is included on. A paper's list item is
/// then rendered once, and the home page, its tag pages and its year page reuse it; nothing a theme writes has to ask
/// for it.
/// </summary>
/// <remarks>
/// Only values that cannot change during the build make a key: text, numbers, dates, HTML, functions and the
/// model's read-only objects (compared by identity). Of the page, only members read by name count, by their values
/// (<c>page.is_home</c>). A partial given a mutable object, or one that uses <c>page</c> otherwise or reads
/// <c>content</c> (each page's own), is rendered every time. Thread-safe; one cache per renderer,
/// so per build.
/// </remarks>
internal sealed class FragmentCache(TemplateCache templates, Func<string, string?> resolvePartial)
{
    /// <summary>Variables every page has a value of its own for: a partial that reads them belongs to its page.</summary>
    private static readonly HashSet<string> PerPage = new(StringComparer.Ordinal) { PartialReads.Page, "content" };

    private static readonly Scriban.Syntax.ScriptVariable PageVariable = Scriban.Syntax.ScriptVariable.Create(PartialReads.Page, Scriban.Syntax.ScriptVariableScope.Global);

    private readonly ConcurrentDictionary<string, PartialReads> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FragmentKey, Fragment> _fragments = new();
    private readonly Lock _analysis = new();

    /// <summary>
    /// The key for rendering the partial at <paramref name="path"/> in <paramref name="context"/> now, or null when
    /// this render cannot be reused (see the remarks). <paramref name="hasScope"/>: the include has inputs of its own.
    /// </summary>
    public FragmentKey? KeyOf(string path, TemplateContext context, string root, bool hasScope)
    {
        var reads = ReadsOf(path);
        if (!LineState.Available || !reads.Reusable || (reads.Writes && !hasScope))
        {
            return null;
        }

        var values = new object?[reads.Variables.Count + reads.PageMembers.Count];
        // A name the partial sets itself may not be set yet: it reads as nothing here, not as an error.
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            for (var i = 0; i < reads.Variables.Count; i++)
            {
                var value = context.GetValue(reads.Variables[i]);
                if (!Immutable(value))
                {
                    return null;
                }

                values[i] = value;
            }

            // page.is_home and the like: the value, never the page (one object per page would be kept for nothing).
            var page = reads.PageMembers.Count == 0 ? null : context.GetValue(PageVariable) as IScriptObject;
            for (var i = 0; i < reads.PageMembers.Count; i++)
            {
                object? value = null;
                if ((page is not null && !page.TryGetValue(context, default, reads.PageMembers[i], out value)) || value is not (null or string or ValueType))
                {
                    return null;
                }

                values[reads.Variables.Count + i] = value;
            }
        }
        finally
        {
            context.StrictVariables = strict;
        }

        return new FragmentKey(path, root, context.CurrentIndent ?? "", LineState.AtLineStart(context), values);
    }

    /// <summary>The output kept under <paramref name="key"/>, with whether its last text ended a line (see <see cref="LineState"/>).</summary>
    public bool TryGet(FragmentKey key, out Fragment fragment) => _fragments.TryGetValue(key, out fragment!);

    public void Add(FragmentKey key, Fragment fragment) => _fragments.TryAdd(key, fragment);

    private PartialReads ReadsOf(string path)
    {
        if (_reads.TryGetValue(path, out var known))
        {
            return known;
        }

        // Once per partial per build; under one lock, so the include cycle check sees one analysis at a time.
        lock (_analysis)
        {
            return Analyse(path, []);
        }
    }

    private PartialReads Analyse(string path, HashSet<string> open)
    {
        if (_reads.TryGetValue(path, out var known))
        {
            return known;
        }

        if (!open.Add(path))
        {
            return PartialReads.Never;
        }

        PartialReads reads;
        try
        {
            reads = PartialReads.Of(templates.Get(path).Page!, name => resolvePartial(name) is { } included ? Analyse(included, open) : null);
        }
        catch (TemplateFailure)
        {
            // A partial that does not parse fails its render, where the error is reported.
            reads = PartialReads.Never;
        }

        if (reads.Names.Any(PerPage.Contains))
        {
            reads = PartialReads.Never;
        }

        open.Remove(path);
        _reads[path] = reads;
        return reads;
    }

    private static bool Immutable(object? value) => value switch
    {
        null or string or Html or IScriptCustomFunction => true,
        IScriptObject scriptObject => scriptObject.IsReadOnly,
        ValueType => true,
        _ => false,
    };
}

/// <summary>A partial's output, whether its last text ended a line (<see cref="LineState"/>), and what its render read (<see cref="RenderReads"/>).</summary>
internal sealed record Fragment(string Html, bool EndsAtLineStart, IReadOnlyCollection<ITrackedRead> Reads);

/// <summary>
/// A partial's path, the page's way to the site root, the indent Scriban gives its lines where it is included and
/// whether it starts on a fresh line (<see cref="LineState"/>), and the values of the variables the partial reads.
/// </summary>
internal readonly struct FragmentKey(string path, string root, string indent, bool atLineStart, object?[] values) : IEquatable<FragmentKey>
{
    public bool Equals(FragmentKey other)
    {
        if (!string.Equals(path, other.Path, StringComparison.Ordinal) || !string.Equals(root, other.Root, StringComparison.Ordinal)
            || !string.Equals(indent, other.Indent, StringComparison.Ordinal) || atLineStart != other.AtLineStart || values.Length != other.Values.Length)
        {
            return false;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!Same(values[i], other.Values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is FragmentKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(path, StringComparer.Ordinal);
        hash.Add(root, StringComparer.Ordinal);
        hash.Add(indent, StringComparer.Ordinal);
        hash.Add(atLineStart);
        foreach (var value in values)
        {
            hash.Add(value switch
            {
                null => 0,
                string text => StringComparer.Ordinal.GetHashCode(text),
                ValueType => value.GetHashCode(),
                _ => RuntimeHelpers.GetHashCode(value),
            });
        }

        return hash.ToHashCode();
    }

    private string Path => path;

    private string Root => root;

    private string Indent => indent;

    private bool AtLineStart => atLineStart;

    private object?[] Values => values;

    /// <summary>Text and numbers by value; objects by identity (two equal objects made apart may still differ later).</summary>
    private static bool Same(object? a, object? b) => a switch
    {
        null => b is null,
        string text => b is string other && string.Equals(text, other, StringComparison.Ordinal),
        ValueType => a.Equals(b),
        _ => ReferenceEquals(a, b),
    };
}
