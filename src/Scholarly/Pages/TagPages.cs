using Scholarly.Model;
using Scholarly.Templating;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>A page per tag: its papers, and its own feed.</summary>
internal sealed class TagPages : PageKind<Tag>
{
    public override string Layout => "tag";

    public override IEnumerable<SitePage> PagesOf(Site site) => site.Tags.Select(tag => new SitePage(this, UrlPath.Tag(tag.Slug), tag.Name, tag));

    public override IEnumerable<(string Name, object Value)> VariablesOf(SitePage page, TemplateModel model) =>
        [("tag", model.TagOf(SubjectOf(page)))];

    public override string DescriptionOf(SitePage page, Site site)
    {
        var tag = SubjectOf(page);
        var category = ArxivCategory.NameOf(tag.Name) is { } name ? $" ({name})" : "";
        return $"{Plural.Of(tag.Papers.Count, "publication")} of {site.Profile.Name} on {tag.Name}{category}.";
    }

    public override DateOnly? LastModifiedOf(SitePage page, Site site) => SubjectOf(page).Papers[0].Date;

    public override string? OwnFeedOf(SitePage page) => page.Path;

    protected override IEnumerable<string> ContentOf(SitePage page) => SubjectOf(page).Papers.Select(paper => paper.SourceFile);
}
