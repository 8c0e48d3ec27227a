using Scholarly.Model;
using Scholarly.Templating;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>The home page: the profile and every paper.</summary>
internal sealed class HomePage : PageKind
{
    public override string Layout => "home";

    public override IEnumerable<SitePage> PagesOf(Site site) => [new SitePage(this, UrlPath.Home, site.Config.Title)];

    public override string DescriptionOf(SitePage page, Site site) =>
        site.Config.Description ?? $"{site.Profile.Name}: {Plural.Of(site.Papers.Count, "publication")}.";

    public override string? JsonLdOf(SitePage page, Site site) => StructuredData.Profile(site);
}
