namespace Scholarly.Configuration;

/// <summary>
/// Outputs a site may switch off with <c>disable_kinds:</c> in scholarly.yml (Hugo's name for it): a site that
/// needs no per-tag feeds, say, or a benchmark that builds only what every generator builds.
/// </summary>
internal static class DisabledKinds
{
    public const string NotFound = "404";
    public const string Sitemap = "sitemap";
    public const string Robots = "robots";
    public const string Atom = "atom";
    public const string TagFeeds = "tag_feeds";
    public const string Citations = "citations";
    public const string Search = "search";
    public const string Years = "years";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { NotFound, Sitemap, Robots, Atom, TagFeeds, Citations, Search, Years };
}
