using AngleSharp.Dom;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md, the CV: "cv.yml is /cv/: its sections in the order written, entries in the shape of JSON Resume,
/// the publications made from the papers (by year or type), talks and teaching pulled in, a print stylesheet".
/// </summary>
public class CvTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    private static List<string> Headings(IDocument cv) => [.. cv.QuerySelectorAll(".cv-section > h2").Select(h => h.TextContent)];

    [TestCaseSource(nameof(Themes))]
    public void TheCvShowsItsSectionsInOrderWithThePublicationsTalksAndTeachingAfter(string theme)
    {
        using var site = FullerSite.Create();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var cv = site.Html("cv/index.html");
        Assert.That(Headings(cv), Is.EqualTo(new[] { "Education", "Positions", "Awards and honours", "Service", "Skills", "Publications", "Talks", "Teaching" }));
        var phd = cv.QuerySelector("#cv-education .cv-entry")!;
        Assert.That(phd.QuerySelector(".cv-what")!.TextContent, Is.EqualTo("Ph.D. in Mathematics"), "JSON Resume's studyType and area");
        Assert.That(phd.QuerySelector(".cv-where")!.TextContent, Is.EqualTo("University of London"));
        Assert.That(phd.QuerySelector(".cv-when")!.TextContent, Is.EqualTo("Sep 1833 – Jun 1837"));
        Assert.That(phd.QuerySelector(".cv-details")!.TextContent, Is.EqualTo("Advisor: Augustus De Morgan"));
        var job = cv.QuerySelector("#cv-positions .cv-entry")!;
        Assert.That((job.QuerySelector(".cv-what")!.TextContent, job.QuerySelector(".cv-where")!.TextContent, job.QuerySelector(".cv-when")!.TextContent),
            Is.EqualTo(("Analyst", "Analytical Society", "Jan 1840 – present")));
        Assert.That(job.QuerySelector(".cv-highlights a[href='https://example.org/notes']")!.TextContent, Is.EqualTo("first program"));
        Assert.That(cv.QuerySelector("#cv-awards .cv-when")!.TextContent, Is.EqualTo("1843"));
        Assert.That(cv.QuerySelector("#cv-service .cv-line")!.TextContent, Is.EqualTo("Reviewer for the Society"), "a plain line stays a line");
        Assert.That(cv.QuerySelector("#cv-skills .cv-keywords")!.TextContent, Is.EqualTo("Analysis, Algebra"));

        // group_by: type: a paper without an entry type but with a venue is a conference paper; one with neither, nor an arXiv id, other.
        Assert.That(cv.QuerySelectorAll("#cv-publications .cv-group").Select(h => h.TextContent), Is.EqualTo(new[] { "Conference papers", "Other" }));
        Assert.That(cv.QuerySelectorAll("#cv-publications .cv-pubs li a[href^='../papers/']").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "../papers/mill/", "../papers/store/" }));
        Assert.That(cv.QuerySelector("#cv-publications .cv-pubs li")!.TextContent, Does.Contain("Ada Lovelace").And.Contain("Proceedings of the Society").And.Contain("2024"));
        Assert.That(cv.QuerySelectorAll("#cv-talks .cv-what").Select(a => a.TextContent), Is.EqualTo(new[] { "Engines that weave", "A poster on the store" }));
        Assert.That(cv.QuerySelector("#cv-teaching .cv-what")!.TextContent, Is.EqualTo("MA 101: Analysis"));
        Assert.That(cv.QuerySelector("nav[aria-label='Site'] a[aria-current='page']")!.TextContent.Trim(), Is.EqualTo("CV"));
        Assert.That(cv.QuerySelector("script[src='../assets/print.js']"), Is.Not.Null, "the print button's script (Browser/CvPrintTests prints the page)");
    }

    [Test]
    public void ACapitalisedGeneratedSectionIsTheGeneratedOneAndDateTimesShowTheirDate()
    {
        using var site = FullerSite.Create().Write("site/cv.yml", "Publications:\n  title: Papers\nawards:\n  - title: Medal\n    date: 1843-05-01T10:00:00Z\n    startDate: 1843\n    endDate: 1843\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var cv = site.Html("cv/index.html");
        Assert.That(Headings(cv), Is.EqualTo(new[] { "Papers", "Awards and honours", "Talks", "Teaching" }));
        Assert.That(cv.QuerySelector("#cv-awards .cv-when")!.TextContent, Is.EqualTo("1843"), "a range of one year is that year");
    }

    [Test]
    public void ASectionOfAnyNameGetsAnIdOfItsOwn()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01")
            .Write("site/cv.yml", "Invited service:\n  - One\nmain:\n  - Two\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var cv = site.Html("cv/index.html");
        Assert.That(cv.QuerySelectorAll(".cv-section").Select(s => s.Id), Is.EqualTo(new[] { "cv-invited-service", "cv-main", "cv-publications" }));
        Assert.That(cv.QuerySelectorAll("[id='main']"), Has.Length.EqualTo(1), "the page's own main keeps its id");
        Assert.That(cv.QuerySelector("#cv-invited-service")!.GetAttribute("aria-labelledby"), Is.EqualTo("cv-invited-service-heading"));
        Assert.That(cv.QuerySelector("#cv-invited-service-heading")!.TextContent, Is.EqualTo("Invited service"));
    }

    [Test]
    public void TheGeneratedSectionsCanBePlacedRenamedGroupedOrLeftOut()
    {
        using var site = FullerSite.Create()
            .Write("site/cv.yml", "publications:\n  title: Selected publications\n  group_by: year\nresearch_interests:\n  - Engines\nteaching: false\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var cv = site.Html("cv/index.html");
        Assert.That(Headings(cv), Is.EqualTo(new[] { "Selected publications", "Research interests", "Talks" }), "placed where named, any other name shown as written, talks after");
        Assert.That(cv.QuerySelectorAll("#cv-publications .cv-group").Select(h => h.TextContent), Is.EqualTo(new[] { "2024", "2023" }));
    }

    [TestCase("education: Peking University\n", "cv.yml:1: error: section 'education' must be a list")]
    [TestCase("education:\n  institution: X\n", "cv.yml:1: error: section 'education' must be a list of entries: write each under a '- '")]
    [TestCase("publications:\n  - name: A paper\n", "cv.yml:1: error: 'publications' is made from the site's papers: give it as true or false")]
    [TestCase("talks:\n  group_by: year\n", "cv.yml:2: warning: unknown key 'group_by' in section 'talks'")]
    [TestCase("awards:\n  - location: Paris\n", "cv.yml:2: warning: this CV entry has no main line")]
    [TestCase("awards:\n  - title: X\n    date: 2019-02-30\n", "cv.yml:2: warning: '2019-02-30' is not a date")]
    [TestCase("awards:\n  - title: X\n    url: files/award.pdf\n", "cv.yml:2: error: 'url': the site has no 'files/award.pdf'")]
    [TestCase("publications:\n  group_by: venue\n", "cv.yml:2: error: 'group_by' must be year, type or none, not 'venue'")]
    [TestCase("education:\n  - institution: X\n    startdate: 2020\n", "cv.yml:3: warning: unknown key 'startdate' in a CV entry (did you mean 'startDate'?)")]
    [TestCase("education:\n  - institution: X\n  bad: [\n", "cv.yml:3:3: error: invalid YAML")]
    public void AProblemInTheCvNamesItsLine(string yaml, string expected)
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace]\ndate: 2024-01-01").Write("site/cv.yml", yaml);

        var result = site.Build();

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith(expected));
        Assert.That(result.Succeeded, Is.EqualTo(!expected.Contains("error", StringComparison.Ordinal)));
    }
}
