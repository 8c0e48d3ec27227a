using Scholarly.Configuration;

namespace Scholarly.Content;

/// <summary>Everything the load phase read: config, profile and papers (drafts included; assembly decides).</summary>
internal sealed record LoadedContent(SiteConfig Config, Profile Profile, IReadOnlyList<Paper> Papers);
