namespace Scholarly.Content;

/// <summary>Everything the load phase read: config, profile and papers (drafts included; assembly decides).</summary>
internal sealed record LoadedContent(Profile Profile, IReadOnlyList<Paper> Papers);
