using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Templating;

namespace Scholarly.Pages;

/// <summary>A page per file of <c>pages/</c> (about, contact, group …): its title and its Markdown, at <c>/NAME/</c>.</summary>
internal sealed class FreePages : PageKind<ContentPage>
{
    public override string Layout => "page";

    public override IEnumerable<SitePage> PagesOf(Site site) =>
        site.Pages.Select(page => new SitePage(this, page.Name + "/", page.Title, page));

    /// <summary>The page as <c>entry</c> (<see cref="TemplateModel.PageObject"/>): <c>page</c> is every page's own.</summary>
    public override IEnumerable<(string Name, object Value)> VariablesOf(SitePage page, TemplateModel model) =>
        [("entry", TemplateModel.PageObject(SubjectOf(page)))];

    /// <summary>The page's own description, else its opening words.</summary>
    public override string DescriptionOf(SitePage page, Site site)
    {
        var entry = SubjectOf(page);
        return entry.Description
            ?? (HtmlToText.Convert(entry.BodyHtml) is { Length: > 0 } text ? HtmlToText.Excerpt(text) : $"{entry.Title} · {site.Profile.Name}");
    }

    /// <summary>A page carries no date of its own; the sitemap leaves the date out.</summary>
    public override DateOnly? LastModifiedOf(SitePage page, Site site) => null;

    protected override IEnumerable<string> ContentOf(SitePage page) => [SubjectOf(page).SourceFile];
}
