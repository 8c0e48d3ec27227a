using System.Globalization;

namespace Scholarly.Content;

/// <summary>A date on a CV as people write them, shown as CVs show them: 2019-09 → "Sep 2019"; "present" and free text as written.</summary>
internal static partial class CvDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>A date-time (2019-09-01T10:00:00Z) is its date.</summary>
    private static string DateOf(string text)
    {
        var value = text.Trim();
        return value.Length > 10 && value[10] == 'T' && DateShape().IsMatch(value[..10]) ? value[..10] : value;
    }

    /// <summary>True for digits and dashes in a date's shape: 2019, 2019-09, 2019-02-30.</summary>
    public static bool LooksLikeADate(string text) => DateShape().IsMatch(DateOf(text));

    /// <summary>True for a date a calendar has, in one of the forms a CV shows as a date.</summary>
    public static bool IsDate(string text) =>
        Formats.Any(f => DateOnly.TryParseExact(DateOf(text), f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    public static string Format(string text)
    {
        var value = DateOf(text);
        if (value.Equals("present", StringComparison.OrdinalIgnoreCase) || value.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return "present";
        }

        for (var i = 0; i < Formats.Length; i++)
        {
            if (DateOnly.TryParseExact(value, Formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return i == 2 ? date.Year.ToString(CultureInfo.InvariantCulture) : date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            }
        }

        return value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}(-\d{1,2}){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex DateShape();
}
