namespace Scholarly.Diagnostics;

/// <summary>A problem in a user's file, pointed at by file, line and column (both 1-based; 0 when unknown).</summary>
internal sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) =>
        new(Severity.Error, file, line, column, message);

    public static Diagnostic Warning(string file, int line, int column, string message) =>
        new(Severity.Warning, file, line, column, message);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style form editors and terminals make clickable: <c>file:line:col: error: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        var kind = IsError ? "error" : "warning";
        return $"{where}: {kind}: {Message}";
    }
}
