namespace Scholarly.Configuration;

/// <summary>The home page as <c>home:</c> in scholarly.yml sets it: which sections, in which order, and how much news.</summary>
/// <param name="Sections">Section names in order (<see cref="Known"/>).</param>
/// <param name="NewsItems">How many of the newest news items the home page shows.</param>
internal sealed record HomeSetting(IReadOnlyList<string> Sections, int NewsItems)
{
    public const string Biography = "biography";
    public const string News = "news";
    public const string Featured = "featured";
    public const string Publications = "publications";

    /// <summary>The sections a home page can show, in their default order.</summary>
    public static readonly IReadOnlyList<string> Known = [Biography, News, Featured, Publications];

    /// <summary>The keys under <c>home:</c>.</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal) { "sections", "news" };

    public static HomeSetting Default { get; } = new(Known, 5);
}
