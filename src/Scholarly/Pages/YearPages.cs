using Scholarly.Configuration;
using Scholarly.Model;
using Scholarly.Templating;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>A page per year with papers (<c>years/2024/</c>): the list a reader without script reaches from the publications' year filter.</summary>
internal sealed class YearPages : PageKind<Year>
{
    public override string Layout => "year";

    public override IEnumerable<SitePage> PagesOf(Site site) => site.Config.Builds(DisabledKinds.Years)
        ? site.Years.Select(year => new SitePage(this, UrlPath.Year(year.Number), year.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), year))
        : [];

    public override IEnumerable<(string Name, object Value)> VariablesOf(SitePage page, TemplateModel model) =>
        [("year", model.YearOf(SubjectOf(page)))];

    public override string DescriptionOf(SitePage page, Site site)
    {
        var year = SubjectOf(page);
        return $"{Plural.Of(year.Papers.Count, "publication")} of {site.Profile.Name} from {year.Number}.";
    }

    public override DateOnly? LastModifiedOf(SitePage page, Site site) => SubjectOf(page).Papers[0].Date;

    protected override IEnumerable<string> ContentOf(SitePage page) => SubjectOf(page).Papers.Select(paper => paper.SourceFile);
}
