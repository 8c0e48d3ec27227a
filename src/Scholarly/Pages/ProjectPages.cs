using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>A page per project: its picture, what it is about, its links and its papers.</summary>
internal sealed class ProjectPages() : EntryPages<Project>("project", "project", site => site.Projects, UrlPath.Project)
{
    /// <summary>The project's summary, else its opening words, else its name.</summary>
    public override string DescriptionOf(SitePage page, Site site)
    {
        var project = SubjectOf(page);
        var text = HtmlToText.Convert(project.SummaryHtml.Length > 0 ? project.SummaryHtml : project.BodyHtml);
        return text.Length > 0 ? HtmlToText.Excerpt(text) : $"{project.TitleText}, a project of {site.Profile.Name}.";
    }

    /// <summary>The project's picture when previews can show it, else the profile photo.</summary>
    public override PreviewImage? PreviewImageOf(SitePage page, Site site) =>
        (SubjectOf(page).Image is { } image ? PreviewImage.Of(image, site) : null) ?? base.PreviewImageOf(page, site);

    /// <summary>A project carries no date of its own.</summary>
    public override DateOnly? LastModifiedOf(SitePage page, Site site) => null;
}
