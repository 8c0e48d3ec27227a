using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Claims;

/// <summary>Holds docs/themes.md (its helpers, where themes live, child themes' assets) and README.md's "Themes" to what a build writes.</summary>
[Parallelizable(ParallelScope.All)]
public partial class ThemeClaimsTests
{
    /// <summary>A home layout in the site's layouts/ calling each helper as docs/themes.md's table does.</summary>
    private const string HelpersLayout = """
        <p id="absolute">{{ for paper in site.papers }}{{ if paper.slug == "gba" }}{{ absolute_url paper.url }}{{ end }}{{ end }}</p>
        <p id="absolute-scheme">{{ absolute_url "https://elsewhere.example/x" }}</p>
        <p id="plural">{{ pluralize site.papers.size "paper" }}</p>
        <p id="single">{{ pluralize 1 "paper" }}</p>
        <p id="irregular">{{ pluralize 2 "study" "studies" }}</p>
        <div id="markdown">{{ markdownify "Some *emphasis* and `code`." }}</div>
        <div id="safe">{{ safe_html "<hr>" }}</div>
        <div id="escaped">{{ "<hr>" }}</div>
        <ul id="hues">{{ for paper in site.papers }}{{ if paper.category }}<li data-slug="{{ paper.slug }}" data-category="{{ paper.category }}">{{ hue paper.category }}</li>{{ end }}{{ end }}</ul>
        """;

    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// docs/themes.md, Helpers: absolute_url → "https://example.org/papers/gba/"; pluralize → "32 papers", "1 paper";
    /// markdownify → "Markdown rendered to HTML"; safe_html "&lt;hr&gt;" → "prints its argument unescaped" (while output is
    /// otherwise HTML-escaped). The sample site (base_url https://example.org/, 32 papers) with the layout above.
    /// </summary>
    [Test]
    public void HelpersGiveTheirDocumentedResults()
    {
        using var temp = new TestSite();
        var output = BuildSampleWithHelpers(temp, "out");
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));

        Assert.That(home.GetElementById("absolute")!.TextContent, Is.EqualTo("https://example.org/papers/gba/"));
        Assert.That(home.GetElementById("absolute-scheme")!.TextContent, Is.EqualTo("https://elsewhere.example/x"));
        Assert.That(home.GetElementById("plural")!.TextContent, Is.EqualTo("32 papers"));
        Assert.That(home.GetElementById("single")!.TextContent, Is.EqualTo("1 paper"));
        Assert.That(home.GetElementById("irregular")!.TextContent, Is.EqualTo("2 studies"));

        var markdown = home.GetElementById("markdown")!;
        Assert.That(markdown.QuerySelector("p em")!.TextContent, Is.EqualTo("emphasis"));
        Assert.That(markdown.QuerySelector("p code")!.TextContent, Is.EqualTo("code"));
        Assert.That(markdown.TextContent.Trim(), Is.EqualTo("Some emphasis and code."), "rendered, not escaped");

        Assert.That(home.GetElementById("safe")!.QuerySelector("hr"), Is.Not.Null, "safe_html prints its argument as HTML");
        Assert.That(home.GetElementById("escaped")!.QuerySelector("hr"), Is.Null);
        Assert.That(home.GetElementById("escaped")!.TextContent, Is.EqualTo("<hr>"), "without it, the same text is escaped");
    }

    /// <summary>
    /// docs/themes.md: `hue TEXT` | `style="--hue: {{ hue paper.category }}"` | "a stable number 0–359 per text": the same
    /// text gets the same number in every build and on every page (the theme's own badges), different texts spread out.
    /// </summary>
    [Test]
    public void HueIsAStableNumberFrom0To359PerText()
    {
        using var temp = new TestSite();
        var first = BuildSampleWithHelpers(temp, "first");
        var second = BuildSampleWithHelpers(temp, "second");

        var hues = Hues(first);
        Assert.That(hues, Has.Count.EqualTo(32), "every sample paper has a category");
        Assert.That(Hues(second), Is.EqualTo(hues), "the same in another build");
        Assert.That(hues.Select(h => h.Hue), Is.All.InRange(0, 359));
        var byCategory = hues.GroupBy(h => h.Category).ToList();
        Assert.That(byCategory.Select(g => g.Select(h => h.Hue).Distinct().Count()), Is.All.EqualTo(1), "one number per text");
        Assert.That(byCategory.Select(g => g.First().Hue).Distinct().Count(), Is.GreaterThan(1), "a number per text, not one for all");

        foreach (var (slug, _, hue) in hues)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(first, "papers", slug, "index.html")));
            var badge = page.QuerySelector("main .badge")!.GetAttribute("style")!;
            Assert.That(HueStyle().Match(badge).Groups[1].Value, Is.EqualTo(hue.ToString(System.Globalization.CultureInfo.InvariantCulture)), slug);
        }
    }

    /// <summary>
    /// README: "Themes are looked for in the site's own themes/ folder, then among those that ship with Scholarly";
    /// docs/themes.md the same. A site theme named scholar stands instead of the built-in scholar, whole.
    /// </summary>
    [Test]
    public void ASiteThemeShadowsTheBuiltInThemeOfTheSameName()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [t]")
            .Write("site/themes/scholar/theme.yml", "description: The site's own scholar\n")
            .Write("site/themes/scholar/layouts/base.html", "<!DOCTYPE html>\n<html lang=\"{{ site.language }}\"><head><title>{{ page.title }}</title><link rel=\"stylesheet\" href=\"{{ relative_url \"assets/style.css\" }}\"></head><body>{{ content }}</body></html>\n")
            .Write("site/themes/scholar/layouts/home.html", "<h1 class=\"shadow\">{{ pluralize site.papers.size \"paper\" }} in the site's scholar</h1>")
            .Write("site/themes/scholar/layouts/paper.html", "<h1 class=\"shadow\">{{ paper.title }}</h1>")
            .Write("site/themes/scholar/layouts/tags.html", "<h1>Topics</h1>")
            .Write("site/themes/scholar/layouts/tag.html", "<h1>{{ tag.name }}</h1>")
            .Write("site/themes/scholar/layouts/404.html", "<h1>Not here</h1>")
            .Write("site/themes/scholar/assets/style.css", "/* the site's scholar */\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(site.Html("index.html").QuerySelector("h1.shadow")!.TextContent, Is.EqualTo("1 paper in the site's scholar"));
        Assert.That(site.Html("papers/p/index.html").QuerySelector("h1.shadow")!.TextContent, Is.EqualTo("P"));
        Assert.That(site.Read("assets/style.css"), Is.EqualTo("/* the site's scholar */\n"));
        Assert.That(Directory.GetFiles(Path.Combine(site.OutputDirectory, "assets")).Select(Path.GetFileName), Is.EqualTo(new[] { "style.css" }), "nothing of the built-in scholar");

        var themes = CliRun.Of("themes", "--source", site.SiteDirectory);
        Assert.That(themes.Out.Split('\n').Where(l => l.StartsWith("scholar ", StringComparison.Ordinal)), Is.EqualTo(new[] { "scholar  site      The site's own scholar" }));
    }

    /// <summary>
    /// docs/themes.md: "assets/  copied to assets/ in the output; a child theme's file replaces its parent's file of the
    /// same path"; the tutorial: "content/themes/plain/assets/style.css becomes the whole style".
    /// </summary>
    [Test]
    public void AChildThemesAssetReplacesItsParentsAndTheRestAreInherited()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01")
            .Write("site/themes/plain/theme.yml", "name: plain\nextends: scholar\n")
            .Write("site/themes/plain/assets/style.css", "/* plain: the whole style */\n");

        Assert.That(site.Build(theme: "plain").Succeeded, Is.True);

        Assert.That(site.Read("assets/style.css"), Is.EqualTo("/* plain: the whole style */\n"));
        foreach (var inherited in new[] { "cite.js", "color-scheme.css", "color-scheme.js", "favicon.svg" })
        {
            Assert.That(site.Read("assets/" + inherited), Is.EqualTo(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "scholar", "assets", inherited))), inherited);
        }

        Assert.That(site.Html("index.html").QuerySelector("header.profile"), Is.Not.Null, "scholar's layouts, inherited");
    }

    /// <summary>The same rule in the built-in child themes (both extend scholar and have a style.css of their own).</summary>
    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void ABuiltInChildThemesStylesheetReplacesScholars(string theme)
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");

        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        Assert.That(site.Read("assets/style.css"), Is.EqualTo(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, theme, "assets", "style.css"))));
        Assert.That(site.Read("assets/style.css"), Is.Not.EqualTo(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "scholar", "assets", "style.css"))));
        Assert.That(site.Read("assets/cite.js"), Is.EqualTo(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "scholar", "assets", "cite.js"))));
    }

    /// <summary>A copy of the sample site with <see cref="HelpersLayout"/> as its home layout, built into Root/<paramref name="name"/>.</summary>
    private static string BuildSampleWithHelpers(TestSite temp, string name)
    {
        var source = Path.Combine(temp.Root, "sample-" + name);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(source, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(source, "layouts"));
        File.WriteAllText(Path.Combine(source, "layouts", "home.html"), HelpersLayout);
        var output = Path.Combine(temp.Root, name);
        var result = SiteBuilder.Build(new BuildOptions(source, output, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        return output;
    }

    private static List<(string Slug, string Category, int Hue)> Hues(string output) =>
        [.. Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html"))).QuerySelectorAll("#hues li")
            .Select(li => (li.GetAttribute("data-slug")!, li.GetAttribute("data-category")!, int.Parse(li.TextContent, System.Globalization.CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"--hue: (\d+)")]
    private static partial Regex HueStyle();
}
