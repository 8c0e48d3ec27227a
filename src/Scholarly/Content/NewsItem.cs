namespace Scholarly.Content;

/// <summary>A news item (<c>news/*.md</c>): a dated line, perhaps with more in its body; newest first on the home page and <c>/news/</c>.</summary>
internal sealed record NewsItem : Entry
{
    public required DateOnly Date { get; init; }

    public required DatePrecision DatePrecision { get; init; }
}
