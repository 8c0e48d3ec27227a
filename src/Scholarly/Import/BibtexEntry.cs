namespace Scholarly.Import;

/// <summary>One field of a BibTeX entry: its value with macros expanded and # joined, still in LaTeX.</summary>
internal sealed record BibtexField(string Name, string Value, int Line);

/// <summary>One parsed entry: type and key as written (type lower-cased), fields by lower-case name, and its source text.</summary>
internal sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, BibtexField> Fields, int Line, string Source)
{
    public string? this[string field] => Fields.TryGetValue(field, out var value) ? value.Value : null;
}
