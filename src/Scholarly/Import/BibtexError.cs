namespace Scholarly.Import;

/// <summary>An entry the parser had to skip (or, as a warning, something it passed over): where, and why.</summary>
internal sealed record BibtexError(string? Key, int Line, int Column, string Reason, bool IsWarning = false);
