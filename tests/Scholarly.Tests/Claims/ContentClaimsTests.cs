using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Claims;

/// <summary>Holds README.md's "Writing a site" (paper files, the profile, scholarly.yml) and docs/content.md to what a built site shows.</summary>
[Parallelizable(ParallelScope.All)]
public class ContentClaimsTests
{
    private static readonly string[] Themes = ["scholar", "minimal", "sidebar"];

    /// <summary>README, scholarly.yml: "feed.limit | how many papers the feed carries, newest first; 0 for all | 0".</summary>
    [TestCase("feed:\n  limit: 2", new[] { "Newest", "Middle" })]
    [TestCase("feed:\n  limit: 0", new[] { "Newest", "Middle", "Oldest" })]
    [TestCase("", new[] { "Newest", "Middle", "Oldest" })]
    public void FeedLimitCarriesTheNewestPapers(string setting, string[] expected)
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\n" + setting + "\n")
            .Paper("oldest", "title: Oldest\nauthors: [A]\ndate: 2020-01-01\ntags: [t]")
            .Paper("newest", "title: Newest\nauthors: [A]\ndate: 2024-01-01\ntags: [t]")
            .Paper("middle", "title: Middle\nauthors: [A]\ndate: 2022-01-01\ntags: [t]");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(FeedTitles(site, "feed.xml"), Is.EqualTo(expected), "RSS");
        Assert.That(FeedTitles(site, "atom.xml"), Is.EqualTo(expected), "Atom");
        Assert.That(site.Html("index.html").QuerySelectorAll("article.card"), Has.Length.EqualTo(3), "the limit is the feed's, not the home page's");
    }

    /// <summary>
    /// README, scholarly.yml: "build_date | the date the site counts as "today" (dates in this year are shown without it) |
    /// SOURCE_DATE_EPOCH, else today". The variable is given to the build's process alone.
    /// </summary>
    [TestCase("2021-06-15", null, "May 23", "2021")]
    [TestCase("2030-01-01", null, "May 23, 2021", "2030")]
    [TestCase("2021-06-15", "2026-06-01", "May 23, 2021", "2026")]
    public void WithoutABuildDateTheBuildCountsSourceDateEpochAsToday(string epochDate, string? buildDate, string card, string footerYear)
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", "title: Test Site\nbase_url: https://example.org/site/\nowner: Ada Lovelace\n" + (buildDate is null ? "" : $"build_date: {buildDate}\n"))
            .Paper("p", "title: P\nauthors: [A]\ndate: 2021-05-23");
        var epoch = new DateTimeOffset(DateTime.ParseExact(epochDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero).AddHours(12).ToUnixTimeSeconds();

        var run = CliProcess.Run(site.Root, new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = epoch.ToString(CultureInfo.InvariantCulture) }, "build", "-s", site.SiteDirectory, "-o", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var home = site.Html("index.html");
        Assert.That(home.QuerySelector("article.card time")!.TextContent, Is.EqualTo(card));
        Assert.That(home.QuerySelector("footer")!.TextContent, Does.Contain($"© {footerYear} "));
    }

    /// <summary>README, scholarly.yml: "authors_before_et_al | how many authors a card shows before "et al." (the owner is always shown) | 3".</summary>
    [TestCase("authors_before_et_al: 2", "Alpha One, Beta Two et\u00a0al.", "Alpha One, Beta Two, …, Ada Lovelace et\u00a0al.")]
    [TestCase("", "Alpha One, Beta Two, Gamma Three et\u00a0al.", "Alpha One, Beta Two, Gamma Three, Ada Lovelace et\u00a0al.")]
    public void CardsShowAsManyAuthorsAsConfiguredAndAlwaysTheOwner(string setting, string withoutOwner, string withOwner)
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\n" + setting + "\n")
            .Paper("others", "title: Others\nauthors: [Alpha One, Beta Two, Gamma Three, Delta Four, Epsilon Five]\ndate: 2024-01-01")
            .Paper("mine", "title: Mine\nauthors: [Alpha One, Beta Two, Gamma Three, Ada Lovelace, Epsilon Five]\ndate: 2023-01-01");
        Assert.That(site.Build().Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(Card(home, "Others").QuerySelector(".authors")!.TextContent, Is.EqualTo(withoutOwner));
        Assert.That(Card(home, "Mine").QuerySelector(".authors")!.TextContent, Is.EqualTo(withOwner));
        Assert.That(Card(home, "Mine").QuerySelector(".authors strong.owner")!.TextContent, Is.EqualTo("Ada Lovelace"));
        Assert.That(site.Html("papers/mine/index.html").QuerySelector(".authors-full")!.TextContent, Is.EqualTo("Alpha One, Beta Two, Gamma Three, Ada Lovelace, Epsilon Five"), "a paper's page lists everyone");
    }

    /// <summary>README, scholarly.yml: "language | the pages' language | en"; docs/themes.md: site.language.</summary>
    [TestCaseSource(nameof(Themes))]
    public void ANonEnglishLanguageIsEveryPagesLangAndTheFeedsLanguage(string theme)
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nlanguage: de-CH\n")
            .Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [t]");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var pages = Directory.GetFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories);
        Assert.That(pages, Has.Length.EqualTo(6), "home, paper, tags, tag, year and 404");
        Assert.That(pages.Select(p => site.Html(Path.GetRelativePath(site.OutputDirectory, p)).DocumentElement.GetAttribute("lang")), Is.All.EqualTo("de-CH"));
        foreach (var rss in new[] { "feed.xml", "tags/t/feed.xml" })
        {
            Assert.That(XDocument.Parse(site.Read(rss)).Root!.Element("channel")!.Element("language")!.Value, Is.EqualTo("de-CH"), rss);
        }

        foreach (var atom in new[] { "atom.xml", "tags/t/atom.xml" })
        {
            Assert.That(XDocument.Parse(site.Read(atom)).Root!.Attribute(XNamespace.Xml + "lang")!.Value, Is.EqualTo("de-CH"), atom);
        }
    }

    /// <summary>README, a paper: "the first arXiv one is the card's badge"; "category: sets the badge when it is not the first arXiv-style tag".</summary>
    [Test]
    public void CategorySetsTheBadgeOtherwiseTheFirstArxivTagDoes()
    {
        using var site = new TestSite()
            .Paper("first", "title: First\nauthors: [A]\ndate: 2024-01-01\ntags: [systems, cs.LG, cs.CV]")
            .Paper("chosen", "title: Chosen\nauthors: [A]\ndate: 2023-01-01\ntags: [systems, cs.LG, cs.CV]\ncategory: cs.CV")
            .Paper("free", "title: Free\nauthors: [A]\ndate: 2022-01-01\ntags: [cs.LG]\ncategory: Robotics");
        Assert.That(site.Build().Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(Badge(Card(home, "First")), Is.EqualTo(("LG", "cs.LG: Machine Learning")));
        Assert.That(Badge(Card(home, "Chosen")), Is.EqualTo(("CV", "cs.CV: Computer Vision and Pattern Recognition")));
        Assert.That(Badge(Card(home, "Free")).Text, Is.EqualTo("Robotics"));
        Assert.That(Badge(site.Html("papers/chosen/index.html").QuerySelector("main")!).Text, Is.EqualTo("CV"), "on the paper's own page too");
    }

    /// <summary>README, a paper: "project: https://example.org/gba" and "slides: files/gba-slides.pdf" (a path in static/, or an address).</summary>
    [Test]
    public void ProjectAndSlidesLinksAreShownOnThePapersPage()
    {
        using var site = new TestSite()
            .Write("site/static/files/gba-slides.pdf", "%PDF-1.4 slides\n")
            .Paper("gba", "title: GBA\nauthors: [A]\ndate: 2022-05-23\nlinks:\n  project: https://example.org/gba\n  slides: files/gba-slides.pdf");
        Assert.That(site.Build().Succeeded, Is.True);

        var pagePath = Path.Combine(site.OutputDirectory, "papers", "gba", "index.html");
        var links = site.Html("papers/gba/index.html").QuerySelectorAll(".link-buttons a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.That(links.Keys, Is.EqualTo(new[] { "Project", "Slides" }));
        Assert.That(links["Project"], Is.EqualTo("https://example.org/gba"));
        var slides = SiteCrawler.Resolve(pagePath, links["Slides"]).File;
        Assert.That(slides, Is.EqualTo(Path.Combine(site.OutputDirectory, "files", "gba-slides.pdf")));
        Assert.That(File.ReadAllText(slides), Is.EqualTo("%PDF-1.4 slides\n"));
    }

    /// <summary>README, a paper: "type: inproceedings  # the BibTeX entry type; by default inproceedings with a venue, misc without".</summary>
    [TestCase("venue: NeurIPS 2022", "@inproceedings{", "booktitle = {NeurIPS 2022}")]
    [TestCase("", "@misc{", null)]
    [TestCase("venue: Journal of Engines\ntype: article", "@article{", "journal = {Journal of Engines}")]
    public void TheEntryTypeIsInproceedingsWithAVenueAndMiscWithout(string lines, string start, string? venueField)
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2022-05-23\n" + lines);
        Assert.That(site.Build().Succeeded, Is.True);

        var bib = site.Read("papers/p/cite.bib");
        Assert.That(bib, Does.StartWith(start));
        if (venueField is not null)
        {
            Assert.That(bib, Does.Contain(venueField));
        }
        else
        {
            Assert.That(bib, Does.Not.Contain("booktitle").And.Not.Contain("journal"));
        }
    }

    /// <summary>README, a paper: "bibtex: |  # optional: your own entry, exported exactly as written".</summary>
    [Test]
    public void AnOwnBibtexEntryIsExportedExactlyAsWritten()
    {
        const string entry = "@inproceedings{su2022gba,\n  title     = {{GBA}: A Tuning-free Approach},\n  author    = {Su, Wenbo and others},\n  booktitle = {NeurIPS},\n  note      = {kept   as  is & <raw>},\n  year      = 2022\n}\n";
        using var site = new TestSite().Paper("gba", "title: GBA\nauthors: [Wenbo Su]\ndate: 2022-05-23\nvenue: Somewhere Else\nbibtex: |\n" + string.Concat(entry.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n")).TrimEnd('\n'));
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Read("papers/gba/cite.bib"), Is.EqualTo(entry));
        Assert.That(site.Html("papers/gba/index.html").QuerySelector("pre.bibtex")!.TextContent, Is.EqualTo(entry), "the page shows the same entry");
        Assert.That(site.Read("publications.bib"), Does.Contain(entry));
    }

    /// <summary>README, the profile: "photo: … scholar and sidebar show it (initials without one)".</summary>
    [TestCase("scholar")]
    [TestCase("sidebar")]
    public void APhotoIsShownAndWithoutOneTheInitials(string theme)
    {
        using var site = new TestSite()
            .Write("site/static/photo.jpg", "not really a jpeg")
            .Write("site/profile.md", TestSite.DefaultProfile.Replace("name: Ada Lovelace\n", "name: Ada Lovelace\nphoto: photo.jpg\n", StringComparison.Ordinal));
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var home = site.Html("index.html");
        var photo = home.QuerySelector("img.avatar");
        Assert.That(photo, Is.Not.Null, "the photo is shown");
        Assert.That(SiteCrawler.Resolve(Path.Combine(site.OutputDirectory, "index.html"), photo!.GetAttribute("src")!).File, Is.EqualTo(Path.Combine(site.OutputDirectory, "photo.jpg")));
        Assert.That(photo.GetAttribute("alt"), Is.EqualTo("Photo of Ada Lovelace"));
        Assert.That(home.QuerySelector(".avatar-initials"), Is.Null);

        site.Write("site/profile.md", TestSite.DefaultProfile);
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);
        home = site.Html("index.html");
        Assert.That(home.QuerySelector("img.avatar"), Is.Null);
        Assert.That(home.QuerySelector(".avatar-initials")!.TextContent, Is.EqualTo("AL"));
    }

    /// <summary>README, the profile: "position: Research Scientist", "email: lin@example.org".</summary>
    [TestCaseSource(nameof(Themes))]
    public void ThePositionAndEmailAreOnTheHomePage(string theme)
    {
        using var site = new TestSite()
            .Write("site/profile.md", TestSite.DefaultProfile.Replace("affiliation:", "position: Research Scientist\nemail: ada@example.org\naffiliation:", StringComparison.Ordinal));
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var home = site.Html("index.html");
        var role = home.QuerySelector(".role")!;
        Assert.That(role.TextContent, Does.StartWith("Research Scientist").And.EndWith("Analytical Engine Society"));
        var email = home.QuerySelectorAll("a[href^='mailto:']").Single();
        Assert.That(email.GetAttribute("href"), Is.EqualTo("mailto:ada@example.org"));
        Assert.That(email.TextContent.Trim(), Is.EqualTo("Email"));
    }

    /// <summary>
    /// docs/content.md: "Dates are YYYY-MM-DD ..., or YYYY-MM or YYYY when that is all that is known ...: pages then show
    /// "May 2019" or "2019" (a list under a heading per year shows "May", or no date), and exports write only what is known".
    /// </summary>
    [TestCaseSource(nameof(Themes))]
    public void AMonthOrAYearIsShownAndExportedAsFarAsItIsKnown(string theme)
    {
        using var site = new TestSite()
            .Paper("month", "title: Month Paper\nauthors: [A]\ndate: 2019-05")
            .Paper("year", "title: Year Paper\nauthors: [A]\ndate: 2019");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var home = site.Html("index.html");
        if (home.QuerySelector("main h3:is(.year, .year-heading)") is { } heading)
        {
            // minimal and sidebar list papers under a heading per year, and do not repeat it.
            Assert.That(heading.TextContent, Is.EqualTo("2019"));
            Assert.That(ListedDate(home, "Month Paper"), Is.EqualTo("May"));
            Assert.That(ListedDate(home, "Year Paper"), Is.Null);
        }
        else
        {
            Assert.That(ListedDate(home, "Month Paper"), Is.EqualTo("May 2019"));
            Assert.That(ListedDate(home, "Year Paper"), Is.EqualTo("2019"));
        }

        Assert.That(site.Html("papers/month/index.html").QuerySelector("main time")!.TextContent, Is.EqualTo("May 2019"));
        Assert.That(site.Html("papers/year/index.html").QuerySelector("main time")!.TextContent, Is.EqualTo("2019"));

        Assert.That(site.Read("papers/month/cite.bib"), Does.Contain("year = 2019,\n  month = may,\n"));
        Assert.That(site.Read("papers/year/cite.bib"), Does.Contain("year = 2019,\n").And.Not.Contain("month"));
        Assert.That(DateParts(site, "month"), Is.EqualTo(new[] { 2019, 5 }));
        Assert.That(DateParts(site, "year"), Is.EqualTo(new[] { 2019 }));
        Assert.That(site.Read("papers/month/cite.ris"), Does.Contain("DA  - 2019/05\r\n"));
        Assert.That(site.Read("papers/year/cite.ris"), Does.Contain("DA  - 2019\r\n"));
        Assert.That(site.Html("papers/month/index.html").QuerySelector("meta[name=citation_publication_date]")!.GetAttribute("content"), Is.EqualTo("2019/05"));
        Assert.That(site.Html("papers/year/index.html").QuerySelector("meta[name=citation_publication_date]")!.GetAttribute("content"), Is.EqualTo("2019"));
    }

    /// <summary>docs/content.md: "authors is a list; a last item et al. (or others) says the list is incomplete".</summary>
    [Test]
    public void OthersEndsAnIncompleteAuthorListAsEtAlDoes()
    {
        using var site = new TestSite()
            .Paper("others", "title: With Others\nauthors: [Alpha One, Beta Two, others]\ndate: 2024-01-01")
            .Paper("etal", "title: With Et Al\nauthors: [Alpha One, Beta Two, et al.]\ndate: 2023-01-01");
        Assert.That(site.Build().Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(Card(home, "With Others").QuerySelector(".authors")!.TextContent, Is.EqualTo("Alpha One, Beta Two et\u00a0al."));
        Assert.That(site.Html("papers/others/index.html").QuerySelector(".authors-full")!.TextContent, Is.EqualTo("Alpha One, Beta Two et\u00a0al."));
        Assert.That(site.Html("papers/others/index.html").QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")), Is.EqualTo(new[] { "Alpha One", "Beta Two" }), "'others' is not a name");
        Assert.That(site.Read("papers/others/cite.bib"), Does.Contain("author = {Alpha One and Beta Two and others},"));
        Assert.That(site.Read("papers/etal/cite.bib"), Does.Contain("author = {Alpha One and Beta Two and others},"), "the same as et al.");
    }

    /// <summary>docs/content.md: "Markdown is CommonMark with tables, footnotes, auto-links and inline math"; README: "Optional notes, in Markdown, shown on the paper's page".</summary>
    [Test]
    public void NotesRenderTablesFootnotesAndAutolinks()
    {
        const string notes = """
            | Model | Speed-up |
            |-------|---------:|
            | GBA   | 2.1×     |

            Measured on one node.[^setup] See https://example.org/results and <https://example.org/angle>.

            [^setup]: Eight GPUs, one job.
            """;
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01", notes);
        Assert.That(site.Build().Succeeded, Is.True);

        var section = site.Html("papers/p/index.html").QuerySelector("section.notes")!;
        var table = section.QuerySelector("table");
        Assert.That(table, Is.Not.Null, "a table");
        Assert.That(table!.QuerySelectorAll("thead th").Select(th => th.TextContent), Is.EqualTo(new[] { "Model", "Speed-up" }));
        Assert.That(table.QuerySelectorAll("tbody td").Select(td => td.TextContent), Is.EqualTo(new[] { "GBA", "2.1×" }));

        var reference = section.QuerySelector("a.footnote-ref");
        Assert.That(reference, Is.Not.Null, "a footnote reference");
        Assert.That(reference!.TextContent, Is.EqualTo("1"));
        var footnote = section.Owner!.GetElementById(reference.GetAttribute("href")!.TrimStart('#'));
        Assert.That(footnote?.TextContent, Does.Contain("Eight GPUs, one job."), "the reference leads to the footnote");
        Assert.That(section.QuerySelector(".footnotes")!.Contains(footnote), Is.True, "listed at the end of the notes");

        var links = section.QuerySelectorAll("p a[href^='https://']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.That(links, Is.EqualTo(new[] { ("https://example.org/results", "https://example.org/results"), ("https://example.org/angle", "https://example.org/angle") }));
    }

    /// <summary>docs/content.md: "static/ is copied as it is, dotfiles included (.nojekyll, .well-known/), but not .git or desktop clutter".</summary>
    [Test]
    public void StaticIsCopiedWithDotfilesButWithoutGitOrDesktopClutter()
    {
        using var site = new TestSite()
            .Write("site/static/.git/config", "[core]\n")
            .Write("site/static/.git/objects/ab/cdef", "blob")
            .Write("site/static/.DS_Store", "clutter")
            .Write("site/static/files/.DS_Store", "clutter")
            .Write("site/static/files/Thumbs.db", "clutter")
            .Write("site/static/files/talk.pdf", "%PDF-1.4 talk\n")
            .Write("site/static/.well-known/security.txt", "Contact: mailto:ada@example.org\n")
            .Write("site/static/.htaccess", "# kept\n");
        Assert.That(site.Build().Succeeded, Is.True);

        var files = Directory.GetFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.OutputDirectory, f)).ToList();
        Assert.That(files, Does.Contain("files/talk.pdf").And.Contain(".well-known/security.txt").And.Contain(".htaccess").And.Contain("cv.pdf"));
        Assert.That(site.Read(".well-known/security.txt"), Is.EqualTo("Contact: mailto:ada@example.org\n"));
        Assert.That(files.Where(f => f.Split('/').Any(part => part is ".git" or ".DS_Store" or "Thumbs.db")), Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(site.OutputDirectory, ".git")), Is.False);
    }

    private static List<string> FeedTitles(TestSite site, string feed)
    {
        using var reader = XmlReader.Create(Path.Combine(site.OutputDirectory, feed));
        return [.. SyndicationFeed.Load(reader).Items.Select(i => i.Title.Text)];
    }

    /// <summary>The card (scholar, sidebar: article.card) whose title is <paramref name="title"/>.</summary>
    private static IElement Card(IDocument home, string title) =>
        home.QuerySelectorAll("article.card").Single(c => c.QuerySelector(".card-title")!.TextContent.Trim() == title);

    private static (string Text, string? Title) Badge(IElement scope)
    {
        var badge = scope.QuerySelector(".badge")!;
        return (badge.TextContent, badge.GetAttribute("title"));
    }

    /// <summary>The date a list entry (a card, or minimal's list item) shows for the paper titled <paramref name="title"/>.</summary>
    /// <summary>The date the list item of the paper titled <paramref name="title"/> shows, or null when it shows none.</summary>
    private static string? ListedDate(IDocument home, string title) =>
        home.QuerySelectorAll("main article, main li")
            .Single(e => e.QuerySelectorAll("a").Any(a => a.TextContent.Trim() == title))
            .QuerySelector("time")?.TextContent;

    private static int[] DateParts(TestSite site, string slug)
    {
        using var json = JsonDocument.Parse(site.Read($"papers/{slug}/cite.json"));
        return [.. json.RootElement[0].GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32())];
    }
}
