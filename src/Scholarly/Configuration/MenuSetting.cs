namespace Scholarly.Configuration;

/// <summary>
/// One entry of <c>menu:</c> in scholarly.yml, as written: a section or page by name (<c>- about</c>, or
/// <c>- { section: publications, label: Papers }</c>), or a link of one's own (<c>- { label: Blog, url: … }</c>).
/// </summary>
/// <param name="Url">A link's address, normalised as every link is (<see cref="Content.LinkAddress"/>).</param>
/// <param name="Line">Its line in scholarly.yml, for messages.</param>
internal sealed record MenuSetting(string? Section, string? Label, string? Url, int Line);
