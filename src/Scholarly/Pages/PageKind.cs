using Scholarly.Model;
using Scholarly.Templating;

namespace Scholarly.Pages;

/// <summary>
/// One kind of page, defined in one place: which pages of it a site has, what each is made from, what its templates
/// see besides <c>site</c> and <c>page</c>, and how it shows in search results, link previews and the sitemap. A new
/// kind is a subclass here, an entry in <see cref="PageKinds.All"/>, and a layout of its name in the theme.
/// </summary>
internal abstract class PageKind
{
    /// <summary>The layout's name (<c>paper</c> → layouts/paper.html), also <c>page.kind</c> in templates.</summary>
    public abstract string Layout { get; }

    /// <summary>The name of the page's flag in templates, <c>page.is_NAME</c> (<c>page.is_paper</c>): the layout's by default.</summary>
    public virtual string FlagName => Layout;

    /// <summary>Every page of this kind the site has, in the order they are planned.</summary>
    public abstract IEnumerable<SitePage> PagesOf(Site site);

    /// <summary>
    /// What the page is made from. Every page shows the profile, reads the whole config (templates see it as
    /// <c>site.config</c>) and renders through its layout; a kind adds the content it is about.
    /// </summary>
    public JobInputs InputsOf(SitePage page) => new()
    {
        // The navigation on every page lists the free pages by title, and each other section the site has.
        Files = [Content.SiteLayout.ProfileFile, .. JobInputs.Navigation, .. ContentOf(page)],
        ConfigKeys = [JobInputs.EveryKey],
        Templates = [Layout],
    };

    /// <summary>The variables its layout gets besides <c>site</c>, <c>profile</c> and <c>page</c> (<c>paper</c>, <c>tag</c>).</summary>
    public virtual IEnumerable<(string Name, object Value)> VariablesOf(SitePage page, TemplateModel model) => [];

    /// <summary>One or two sentences for search results and link previews (<c>page.description</c>).</summary>
    public abstract string DescriptionOf(SitePage page, Site site);

    /// <summary>The page's schema.org JSON-LD (<c>page.json_ld</c>), or null.</summary>
    public virtual string? JsonLdOf(SitePage page, Site site) => null;

    /// <summary>The image a link preview of the page shows (<c>page.image</c>): the profile photo by default.</summary>
    public virtual PreviewImage? PreviewImageOf(SitePage page, Site site) => PreviewImage.OfProfile(site);

    /// <summary>False for a page that stands for no address of its own (the 404): no canonical URL, not in the sitemap.</summary>
    public virtual bool HasAddress => true;

    /// <summary>The date the sitemap gives the page: by default, that of the newest paper.</summary>
    public virtual DateOnly? LastModifiedOf(SitePage page, Site site) => site.Papers.Count > 0 ? site.Papers[0].Date : null;

    /// <summary>The page whose own feed this page advertises beside the site's (a tag's), or null.</summary>
    public virtual string? OwnFeedOf(SitePage page) => null;

    /// <summary>The site files the page is about, besides the profile: <see cref="JobInputs.EveryPaper"/> by default.</summary>
    protected virtual IEnumerable<string> ContentOf(SitePage page) => [JobInputs.EveryPaper];
}

/// <summary>A kind whose pages are each about one <typeparamref name="TSubject"/> (a paper, a tag).</summary>
internal abstract class PageKind<TSubject> : PageKind
    where TSubject : class
{
    protected static TSubject SubjectOf(SitePage page) =>
        page.Subject as TSubject ?? throw new InvalidOperationException($"a {typeof(TSubject).Name} page without its {typeof(TSubject).Name}: {page.Path}");
}
