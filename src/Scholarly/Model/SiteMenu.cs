using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>
/// The navigation: <c>menu:</c> when the config sets one (its order and labels), else every section the site has:
/// the publications, each free page (by weight, then title), news, talks, teaching, projects, the CV, the topics.
/// </summary>
internal static class SiteMenu
{
    public const string Publications = "publications";
    public const string Topics = "topics";

    /// <summary>The sections of content beside papers and pages that the site has, by name, in their default order.</summary>
    public static IReadOnlyList<(string Name, MenuItem Item)> SectionsOf(SiteEntries entries, Cv? cv, IReadOnlyList<Paper> papers)
    {
        var sections = new List<(string, MenuItem)>();
        void Add(bool has, string name, string label, string url)
        {
            if (has)
            {
                sections.Add((name, new MenuItem(label, url)));
            }
        }

        Add(entries.News.Count > 0, "news", "News", UrlPath.News);
        Add(entries.Talks.Count > 0, "talks", "Talks", UrlPath.Talks);
        Add(entries.Teaching.Count > 0, "teaching", "Teaching", UrlPath.Teaching);
        Add(entries.Projects.Count > 0, "projects", "Projects", UrlPath.Projects);
        Add(cv is not null, "cv", "CV", UrlPath.Cv);
        return sections;
    }

    public static IReadOnlyList<MenuItem> Build(SiteConfig config, IReadOnlyList<ContentPage> pages, IReadOnlyList<(string Name, MenuItem Item)> kinds, DiagnosticBag diagnostics)
    {
        var sections = new Dictionary<string, MenuItem>(StringComparer.Ordinal)
        {
            [Publications] = new("Publications", UrlPath.Home),
            [Topics] = new("Topics", UrlPath.TagsIndex),
        };
        foreach (var (name, item) in kinds)
        {
            sections[name] = item;
        }

        foreach (var page in pages)
        {
            sections.TryAdd(page.Name, new MenuItem(page.Title, page.Name + "/"));
        }

        if (config.Menu is null)
        {
            // "Publications" leads to the home page's list: without that list (home: sections leaves it out) there is none to lead to.
            IEnumerable<MenuItem> publications = config.Home.Sections.Contains(HomeSetting.Publications) ? [sections[Publications]] : [];
            return [.. publications, .. pages.Select(p => sections[p.Name]), .. kinds.Select(k => k.Item), sections[Topics]];
        }

        var menu = new List<MenuItem>();
        foreach (var setting in config.Menu)
        {
            if (setting.Url is { } url)
            {
                menu.Add(new MenuItem(setting.Label!, url));
            }
            else if (sections.TryGetValue(setting.Section!, out var section))
            {
                menu.Add(setting.Label is { } label ? section with { Label = label } : section);
            }
            else
            {
                var names = sections.Keys.ToList();
                diagnostics.Error(config.SourceFile, setting.Line, 0,
                    $"menu: the site has no section or page '{setting.Section}'{Suggestion.DidYouMean(setting.Section!, names)}; it has {string.Join(", ", names)} (a page is a file in {SiteLayout.PagesFolder}/)");
            }
        }

        return menu;
    }
}
