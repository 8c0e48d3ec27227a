using Scholarly.Content;
using Scholarly.Model;
using Scholarly.Templating;

namespace Scholarly.Pages;

/// <summary>
/// A page per entry of one kind (a talk, a project): at <paramref name="pathOf"/> its slug, titled by its plain-text
/// title, its layout given the entry as <paramref name="variable"/>; made from its file and the papers it names.
/// </summary>
internal abstract class EntryPages<T>(string layout, string variable, Func<Site, IReadOnlyList<T>> entries, Func<string, string> pathOf) : PageKind<T>
    where T : Entry
{
    public override string Layout => layout;

    public override IEnumerable<SitePage> PagesOf(Site site) =>
        entries(site).Select(entry => new SitePage(this, pathOf(entry.Slug), entry.TitleText, entry));

    public override IEnumerable<(string Name, object Value)> VariablesOf(SitePage page, TemplateModel model) =>
        [(variable, model.Entries.Of(SubjectOf(page)))];

    /// <summary>The entry's file and the papers it names (their titles show on its page).</summary>
    protected override IEnumerable<string> ContentOf(SitePage page) => [SubjectOf(page).SourceFile, JobInputs.EveryPaper];
}
