using Scholarly.Diagnostics;

namespace Scholarly.Import;

/// <summary>What an import did (or, with --dry-run, would do) to one paper file.</summary>
internal sealed record ImportAction(ImportActionKind Kind, string File, string Origin, string? Reason = null);

internal enum ImportActionKind
{
    Create,
    Update,
    Unchanged,
    Skip,
}

/// <summary>Every action and every problem of an import; it failed when any entry could not be read.</summary>
internal sealed record ImportReport(IReadOnlyList<ImportAction> Actions, IReadOnlyList<Diagnostic> Problems)
{
    public int Count(ImportActionKind kind) => Actions.Count(a => a.Kind == kind);

    public int Failed => Problems.Count(p => p.IsError);
}
