namespace Scholarly.Import;

/// <summary>An entry the parser had to skip: where it starts, where the problem is, and why.</summary>
public sealed record BibtexError(string? Key, int Line, int Column, string Reason);
