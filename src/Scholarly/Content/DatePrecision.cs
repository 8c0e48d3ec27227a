namespace Scholarly.Content;

/// <summary>How much of a publication date is known: the day, only the month, or only the year.</summary>
internal enum DatePrecision
{
    Day,
    Month,
    Year,
}
