namespace Scholarly.Content;

/// <summary>A headline number of the profile, shown as given (h-index 27, Novelty 58%).</summary>
internal sealed record Metric(string Label, string Value);
