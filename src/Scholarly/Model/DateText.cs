using System.Globalization;

namespace Scholarly.Model;

/// <summary>Dates as the seed page shows them: "May 28" within the reference year, "May 23, 2022" otherwise.</summary>
internal static class DateText
{
    public static string Display(DateOnly date, int referenceYear) =>
        date.Year == referenceYear
            ? date.ToString("MMM d", CultureInfo.InvariantCulture)
            : date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date shown as precisely as it is known: "2019" for a year, "May 2019" for a month, else <see cref="Display(DateOnly, int)"/>.</summary>
    public static string Display(DateOnly date, int referenceYear, Content.DatePrecision precision) => precision switch
    {
        Content.DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
        Content.DatePrecision.Month => date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => Display(date, referenceYear),
    };

    /// <summary>
    /// A date in full, as precisely as it is known: "May 28, 2026", "May 2019", "2019". Pages of their own show this;
    /// only cards in a list, where the year is plain from the rest, drop the current year.
    /// </summary>
    public static string Full(DateOnly date, Content.DatePrecision precision) => Display(date, referenceYear: 0, precision);

    /// <summary>
    /// A date under a heading that already names its year: "May 28", "May", or "" when only the year is known.
    /// </summary>
    public static string WithinYear(DateOnly date, Content.DatePrecision precision) => precision switch
    {
        Content.DatePrecision.Year => "",
        Content.DatePrecision.Month => date.ToString("MMMM", CultureInfo.InvariantCulture),
        _ => date.ToString("MMM d", CultureInfo.InvariantCulture),
    };

    /// <summary>RFC 822 as RSS 2.0 wants it, at midnight UTC: "Thu, 28 May 2026 00:00:00 +0000".</summary>
    public static string Rfc822(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";

    /// <summary>ISO 8601 calendar date: "2026-05-28".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
