using Scholarly.Configuration;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>The page a web server answers a missing address with; a site may switch it off (<c>disable_kinds: [404]</c>).</summary>
internal sealed class NotFoundPage : PageKind
{
    public override string Layout => "404";

    public override string FlagName => "not_found";

    public override IEnumerable<SitePage> PagesOf(Site site) =>
        site.Config.Builds(DisabledKinds.NotFound) ? [new SitePage(this, UrlPath.NotFound, "Page not found")] : [];

    public override string DescriptionOf(SitePage page, Site site) => "This page does not exist.";

    public override bool HasAddress => false;

    protected override IEnumerable<string> ContentOf(SitePage page) => [];
}
