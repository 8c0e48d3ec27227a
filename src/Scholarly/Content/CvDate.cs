using System.Globalization;

namespace Scholarly.Content;

/// <summary>A date on a CV as people write them, shown as CVs show them: 2019-09 → "Sep 2019"; "present" and free text as written.</summary>
internal static class CvDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static string Format(string text)
    {
        var value = text.Trim();
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
}
