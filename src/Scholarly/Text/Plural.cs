namespace Scholarly.Text;

/// <summary>Counts in words, for pages, templates (<c>pluralize</c>) and the command line alike.</summary>
internal static class Plural
{
    /// <summary>"1 paper", "32 papers"; the plural defaults to the singular plus "s".</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
