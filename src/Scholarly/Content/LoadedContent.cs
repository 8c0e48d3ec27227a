namespace Scholarly.Content;

/// <summary>Everything the load phase read: config, profile and papers (drafts included; assembly decides).</summary>
/// <param name="Pages">The free pages of <c>pages/</c>, drafts included.</param>
/// <param name="ImageSizes">The pixel size of each image in the site that the profile or a paper names, by its site path.</param>
internal sealed record LoadedContent(Profile Profile, IReadOnlyList<Paper> Papers, IReadOnlyList<ContentPage> Pages, IReadOnlyDictionary<string, ImageSize> ImageSizes)
{
    /// <summary>The rest of a homepage, each in file-name order, drafts included.</summary>
    public IReadOnlyList<NewsItem> News { get; init; } = [];

    public IReadOnlyList<Talk> Talks { get; init; } = [];

    public IReadOnlyList<Course> Teaching { get; init; } = [];

    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>The CV from cv.yml, or null when the site has none.</summary>
    public Cv? Cv { get; init; }
}
