using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md, teaching and projects: "/teaching/ lists each course with its code, term, role, institution and
/// links"; "/projects/ shows a card per project (image, summary, status) and each project's page lists its papers".
/// </summary>
public class TeachingAndProjectsTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    [TestCaseSource(nameof(Themes))]
    public void TheTeachingPageListsEachCourse(string theme)
    {
        using var site = FullerSite.Create()
            .Write("site/teaching/older.md", "---\ntitle: Algebra\ninstitution: King's College\n---\n");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var page = site.Html("teaching/index.html");
        var courses = page.QuerySelectorAll(".course-entry").ToList();
        Assert.That(courses.Select(c => c.Id), Is.EqualTo(new[] { "course-analysis", "course-older" }), "dated courses newest first, then those without a date");
        Assert.That(courses[0].QuerySelector(".entry-title")!.TextContent, Is.EqualTo("MA 101 Analysis"));
        Assert.That(courses[0].QuerySelector(".entry-meta")!.TextContent, Does.Contain("Instructor").And.Contain("University of London").And.Contain("Spring 2024"));
        Assert.That(courses[0].QuerySelector(".entry-body")!.TextContent.Trim(), Is.EqualTo("Limits and series."));
        Assert.That(courses[0].QuerySelector("a[href='https://example.org/ma101']")!.TextContent, Is.EqualTo("Syllabus"));
        Assert.That(page.QuerySelector("nav[aria-label='Site'] a[aria-current='page']")!.TextContent.Trim(), Is.EqualTo("Teaching"));
    }

    [Test]
    public void AnUndatedCourseHasEveryDateMemberAsNullForAThemeToTest()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/teaching/x.md", "---\ntitle: Algebra\n---\n")
            .Write("site/layouts/teaching.html", "{{ for c in site.teaching }}<p>{{ if c.date }}dated{{ else }}undated{{ end }} {{ c.date_in_year ?? \"-\" }} {{ c.year ?? \"-\" }}</p>{{ end }}");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("teaching/index.html").QuerySelector("main p")!.TextContent, Is.EqualTo("undated - -"));
    }

    [TestCaseSource(nameof(Themes))]
    public void TheProjectsPageShowsCardsAndAProjectPageItsPapers(string theme)
    {
        using var site = FullerSite.Create()
            .Write("site/projects/second.md", "---\ntitle: A second project\nweight: 2\n---\n");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var page = site.Html("projects/index.html");
        var cards = page.QuerySelectorAll(".project-card").ToList();
        Assert.That(cards.Select(c => c.QuerySelector(".entry-title")!.TextContent), Is.EqualTo(new[] { "Analytical engines", "A second project" }), "by weight");
        var image = cards[0].QuerySelector("img")!;
        Assert.That((image.GetAttribute("src"), image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height")),
            Is.EqualTo(("../figures/mill.png", "The mill, drawn from above", "800", "420")));
        Assert.That(cards[0].QuerySelector(".project-summary em")!.TextContent, Is.EqualTo("anything"));
        Assert.That(cards[0].QuerySelector(".entry-meta")!.TextContent, Does.Contain("Active").And.Contain("1 paper"));

        var project = site.Html("projects/engines/index.html");
        Assert.That(project.QuerySelector("main h1")!.TextContent, Is.EqualTo("Analytical engines"));
        Assert.That(project.QuerySelector("main section.papers a[href='../../papers/mill/']"), Is.Not.Null);
        Assert.That(project.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), Is.EqualTo("https://example.org/site/figures/mill.png"), "its picture is the preview's");
        Assert.That(project.QuerySelector("meta[name='description']")!.GetAttribute("content"), Is.EqualTo("Machines that compute anything."));
        Assert.That(site.Html("projects/second/index.html").QuerySelector("main section.papers"), Is.Null, "no papers, no section");
    }

    [Test]
    public void AProjectWithAnImageButNoAltTextIsAWarningWithTheFix()
    {
        using var site = new TestSite()
            .Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .WriteBytes("site/static/x.png", TestImages.Png(40, 20))
            .Write("site/projects/x.md", "---\ntitle: X\nimage: x.png\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("projects/x.md:3: warning: 'image' has no alt text"));
    }
}
