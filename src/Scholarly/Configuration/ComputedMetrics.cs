namespace Scholarly.Configuration;

/// <summary>When a metric computed from the papers' citation counts is shown (<c>computed_metrics:</c>).</summary>
internal enum MetricVisibility
{
    /// <summary>Shown when it rests on counts: some paper carries a citation count and the value is not zero.</summary>
    Auto,

    /// <summary>Always shown, zero or not.</summary>
    Show,

    /// <summary>Never shown (a metric the profile declares under the same label still is).</summary>
    Hide,
}

/// <summary>The metrics Scholarly computes from citation counts, by the labels they are shown under.</summary>
internal static class ComputedMetrics
{
    public const string HIndex = "h-index";
    public const string I10Index = "i10-index";
    public const string Citations = "citations";
    public const string Papers = "papers";

    /// <summary>In the order they are shown after the declared ones.</summary>
    public static readonly IReadOnlyList<string> All = [HIndex, I10Index, Citations, Papers];
}
