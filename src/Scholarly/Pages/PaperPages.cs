using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Templating;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>A page per paper: its abstract, authors, links and how to cite it.</summary>
internal sealed class PaperPages : PageKind<Paper>
{
    public override string Layout => "paper";

    public override IEnumerable<SitePage> PagesOf(Site site) =>
        site.Papers.Select(paper => new SitePage(this, UrlPath.Paper(paper.Slug), paper.TitleText, paper));

    public override IEnumerable<(string Name, object Value)> VariablesOf(SitePage page, TemplateModel model) =>
        [("paper", model.PaperOf(SubjectOf(page)))];

    /// <summary>The abstract's opening, else the title and authors.</summary>
    public override string DescriptionOf(SitePage page, Site site)
    {
        var paper = SubjectOf(page);
        return paper.AbstractText is { Length: > 0 } text
            ? HtmlToText.Excerpt(text)
            : $"{paper.TitleText}, by {string.Join(", ", paper.Authors)}.";
    }

    public override string? JsonLdOf(SitePage page, Site site) => StructuredData.Article(SubjectOf(page), site);

    /// <summary>The paper's own figure when it has one, else the profile photo.</summary>
    public override PreviewImage? PreviewImageOf(SitePage page, Site site) =>
        PreviewImage.OfPaper(SubjectOf(page), site) ?? base.PreviewImageOf(page, site);

    public override DateOnly? LastModifiedOf(SitePage page, Site site) => SubjectOf(page).Date;

    protected override IEnumerable<string> ContentOf(SitePage page) => [SubjectOf(page).SourceFile];
}
