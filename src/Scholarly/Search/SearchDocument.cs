namespace Scholarly.Search;

/// <summary>
/// One result the search can give: what a result shows (<see cref="Title"/>, <see cref="Byline"/>, <see cref="Meta"/>)
/// and where it leads, and the text its words are indexed from, by field. Only what a result shows is written
/// out; the rest (an abstract) is there as words only.
/// </summary>
/// <param name="Url">The site path it leads to ("papers/gba/", "news/#news-award").</param>
/// <param name="Byline">The authors of a paper, the event of a talk; empty for what has none.</param>
/// <param name="Meta">What it is and when: "2024 · NeurIPS", "Talk · 2023".</param>
internal sealed record SearchDocument(string Url, string Title, string Byline, string Meta, IReadOnlyList<(SearchField Field, string Text)> Fields);
