namespace Scholarly.Content;

/// <summary>Everything the load phase read: config, profile and papers (drafts included; assembly decides).</summary>
/// <param name="Pages">The free pages of <c>pages/</c>, drafts included.</param>
/// <param name="ImageSizes">The pixel size of each image in the site that the profile or a paper names, by its site path.</param>
internal sealed record LoadedContent(Profile Profile, IReadOnlyList<Paper> Papers, IReadOnlyList<ContentPage> Pages, IReadOnlyDictionary<string, ImageSize> ImageSizes);
