namespace Scholarly.Configuration;

/// <summary>One theme param, as a theme declares its default or a site sets it, with where it was written.</summary>
/// <param name="Value">A string, a boolean, a whole number (long), a list of those, or null.</param>
internal sealed record ParamSetting(string Name, object? Value, string File, int Line);
