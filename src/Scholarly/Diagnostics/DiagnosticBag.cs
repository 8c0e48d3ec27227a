namespace Scholarly.Diagnostics;

/// <summary>Collects the diagnostics of one build from any thread and hands them back sorted by file and line.</summary>
/// <remarks>Thread-safe: the load and render phases add to it in parallel.</remarks>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds every diagnostic of <paramref name="other"/> (a per-file bag merged into the build's).</summary>
    public void AddRange(DiagnosticBag other)
    {
        var items = other.Sorted();
        lock (_gate)
        {
            _items.AddRange(items);
        }
    }

    public void Error(string file, int line, int column, string message) => Add(Diagnostic.Error(file, line, column, message));

    public void Warning(string file, int line, int column, string message) => Add(Diagnostic.Warning(file, line, column, message));

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>Every diagnostic so far, sorted by file, line, column, then message, so reports are deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items.Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
