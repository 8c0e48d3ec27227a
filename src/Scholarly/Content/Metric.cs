namespace Scholarly.Content;

/// <summary>A headline number of the profile, shown as given (h-index 27, Novelty 58%).</summary>
/// <param name="Key">For a computed metric, its name whatever the label's number ("papers" for "1 paper").</param>
internal sealed record Metric(string Label, string Value, string? Key = null)
{
    /// <summary>What a declared metric of the same meaning is matched by: the key, else the label.</summary>
    public string Name => Key ?? Label;
}
