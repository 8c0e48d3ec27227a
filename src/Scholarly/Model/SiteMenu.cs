using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Text;

namespace Scholarly.Model;

/// <summary>
/// The navigation: <c>menu:</c> when the config sets one (its order and labels), else every section the site has:
/// the publications, each free page (by weight, then title), the topics.
/// </summary>
internal static class SiteMenu
{
    public const string Publications = "publications";
    public const string Topics = "topics";

    public static IReadOnlyList<MenuItem> Build(SiteConfig config, IReadOnlyList<ContentPage> pages, DiagnosticBag diagnostics)
    {
        var sections = new Dictionary<string, MenuItem>(StringComparer.Ordinal)
        {
            [Publications] = new("Publications", UrlPath.Home),
            [Topics] = new("Topics", UrlPath.TagsIndex),
        };
        foreach (var page in pages)
        {
            sections.TryAdd(page.Name, new MenuItem(page.Title, page.Name + "/"));
        }

        if (config.Menu is null)
        {
            return [sections[Publications], .. pages.Select(p => sections[p.Name]), sections[Topics]];
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
