using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>The index of every tag, with how many papers each has.</summary>
internal sealed class TagsIndexPage : PageKind
{
    public override string Layout => "tags";

    public override IEnumerable<SitePage> PagesOf(Site site) => [new SitePage(this, UrlPath.TagsIndex, "Topics")];

    public override string DescriptionOf(SitePage page, Site site) => $"The topics of {site.Profile.Name}'s publications.";
}
