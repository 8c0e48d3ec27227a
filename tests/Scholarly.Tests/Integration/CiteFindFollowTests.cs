using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>What makes a paper citable, findable and followable: exports, metadata for search engines, feeds.</summary>
public class CiteFindFollowTests
{
    /// <summary>A title full of what breaks exports: HTML and LaTeX specials, quotes, accents, math.</summary>
    private const string NastyTitle = "Fast <b>&</b> \"Robust\" {Braced} 100% #1 x_y ~ Café Müller: Top-$k$ Selection";

    private const string FullPaper = """
        title: "GBA: A Tuning-free Approach"
        authors: [Wenbo Su, Ada Lovelace, Łukasz Marković, et al.]
        date: 2022-05-23
        tags: [cs.LG, recommendation]
        venue: NeurIPS 2022
        badges: [Oral]
        citations: 12
        links:
          arxiv: 2205.11048
          doi: 10.1000/gba.2022
          pdf: files/gba.pdf
          code: https://github.com/example/gba
        abstract: We *switch* between synchronous and asynchronous training.
        """;

    [Test]
    public void APaperPageCarriesGoogleScholarsTags()
    {
        using var site = new TestSite().Paper("gba", FullPaper).Write("site/static/files/gba.pdf", "%PDF");
        Assert.That(site.Build().Succeeded, Is.True);

        var page = site.Html("papers/gba/index.html");
        string[] Meta(string name) => [.. page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!)];

        Assert.That(Meta("citation_title"), Is.EqualTo(new[] { "GBA: A Tuning-free Approach" }));
        Assert.That(Meta("citation_author"), Is.EqualTo(new[] { "Wenbo Su", "Ada Lovelace", "Łukasz Marković" }));
        Assert.That(Meta("citation_publication_date"), Is.EqualTo(new[] { "2022/05/23" }));
        Assert.That(Meta("citation_conference_title"), Is.EqualTo(new[] { "NeurIPS 2022" }));
        Assert.That(Meta("citation_pdf_url"), Is.EqualTo(new[] { "https://example.org/site/files/gba.pdf" }));
        Assert.That(Meta("citation_arxiv_id"), Is.EqualTo(new[] { "2205.11048" }));
        Assert.That(Meta("citation_doi"), Is.EqualTo(new[] { "10.1000/gba.2022" }));
    }

    [Test]
    public void AJournalArticleNamesItsJournal()
    {
        using var site = new TestSite().Paper("j", "title: J\nauthors: [A]\ndate: 2020-01-01\nvenue: Nature\ntype: article");
        Assert.That(site.Build().Succeeded, Is.True);

        var page = site.Html("papers/j/index.html");
        Assert.That(page.QuerySelector("meta[name=citation_journal_title]")!.GetAttribute("content"), Is.EqualTo("Nature"));
        Assert.That(page.QuerySelector("meta[name=citation_conference_title]"), Is.Null);
        Assert.That(site.Read("papers/j/cite.bib"), Does.StartWith("@article{a2020j,").And.Contain("journal = {Nature}"));
    }

    [Test]
    public void EveryPageHasADescriptionACanonicalLinkAndSharingCards()
    {
        using var site = new TestSite().Paper("gba", FullPaper).Write("site/static/files/gba.pdf", "%PDF");
        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var path in new[] { "index.html", "papers/gba/index.html", "tags/index.html", "tags/cs.lg/index.html" })
        {
            var page = site.Html(path);
            var url = "https://example.org/site/" + path[..^"index.html".Length];
            Assert.That(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo(url), path);
            Assert.That(page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"), Is.EqualTo(url), path);
            Assert.That(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Is.Not.Empty, path);
            Assert.That(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), Is.Not.Empty, path);
            Assert.That(page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), Is.Not.Empty, path);
            Assert.That(page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"), Is.EqualTo("summary"), path);
        }

        Assert.That(site.Html("papers/gba/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"),
            Is.EqualTo("We switch between synchronous and asynchronous training."));
        Assert.That(site.Html("papers/gba/index.html").QuerySelector("meta[property='og:type']")!.GetAttribute("content"), Is.EqualTo("article"));
    }

    [Test]
    public void JsonLdDescribesTheArticleAndTheProfile()
    {
        using var site = new TestSite().Paper("gba", FullPaper).Write("site/static/files/gba.pdf", "%PDF");
        Assert.That(site.Build().Succeeded, Is.True);

        var article = JsonLd(site.Html("papers/gba/index.html"));
        Assert.That(article.GetProperty("@type").GetString(), Is.EqualTo("ScholarlyArticle"));
        Assert.That(article.GetProperty("name").GetString(), Is.EqualTo("GBA: A Tuning-free Approach"));
        Assert.That(article.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()), Is.EqualTo(new[] { "Wenbo Su", "Ada Lovelace", "Łukasz Marković" }));
        Assert.That(article.GetProperty("datePublished").GetString(), Is.EqualTo("2022-05-23"));
        Assert.That(article.GetProperty("abstract").GetString(), Is.EqualTo("We switch between synchronous and asynchronous training."));
        Assert.That(article.GetProperty("url").GetString(), Is.EqualTo("https://example.org/site/papers/gba/"));
        Assert.That(article.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "https://arxiv.org/abs/2205.11048", "https://doi.org/10.1000/gba.2022" }));

        var profile = JsonLd(site.Html("index.html"));
        Assert.That(profile.GetProperty("@type").GetString(), Is.EqualTo("ProfilePage"));
        var person = profile.GetProperty("mainEntity");
        Assert.That(person.GetProperty("@type").GetString(), Is.EqualTo("Person"));
        Assert.That(person.GetProperty("name").GetString(), Is.EqualTo("Ada Lovelace"));
        Assert.That(person.GetProperty("affiliation").GetProperty("name").GetString(), Is.EqualTo("Analytical Engine Society"));
    }

    [Test]
    public void ANastyTitleGoesThroughEveryFormatIntact()
    {
        using var site = new TestSite().Paper("nasty", $"title: '{NastyTitle.Replace("'", "''", StringComparison.Ordinal)}'\nauthors: [José Núñez, \"O'Brien & Sons\"]\ndate: 2024-03-01\ntags: [x]\nvenue: \"ACL & <EMNLP>\"");
        Assert.That(site.Build().Succeeded, Is.True);

        // Where HTML cannot go (meta tags, JSON-LD, feeds, CSL-JSON, RIS) the title is plain text: its math as text.
        var shown = NastyTitle.Replace("$", "", StringComparison.Ordinal);
        var page = site.Html("papers/nasty/index.html");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(shown), "HTML (math typeset)");
        Assert.That(page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"), Is.EqualTo(shown), "Highwire");
        Assert.That(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), Is.EqualTo(shown), "OpenGraph");
        Assert.That(JsonLd(page).GetProperty("name").GetString(), Is.EqualTo(shown), "JSON-LD");
        Assert.That(page.QuerySelector("script[type='application/ld+json']")!.TextContent, Does.Not.Contain("<"), "no raw < in the script element");

        var rss = XDocument.Load(Path.Combine(site.OutputDirectory, "feed.xml"));
        Assert.That(rss.Descendants("item").Single().Element("title")!.Value, Is.EqualTo(shown), "RSS");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.That(XDocument.Load(Path.Combine(site.OutputDirectory, "atom.xml")).Descendants(atom + "entry").Single().Element(atom + "title")!.Value, Is.EqualTo(shown), "Atom");

        var csl = JsonDocument.Parse(site.Read("papers/nasty/cite.json")).RootElement[0];
        Assert.That(csl.GetProperty("title").GetString(), Is.EqualTo(shown), "CSL-JSON");
        Assert.That(csl.GetProperty("container-title").GetString(), Is.EqualTo("ACL & <EMNLP>"));
        Assert.That(site.Read("papers/nasty/cite.ris"), Does.Contain("TI  - " + shown + "\r\n"), "RIS");

        var bib = BibtexParser.Parse(Path.Combine(site.OutputDirectory, "papers/nasty/cite.bib")).Single();
        // citation.js typesets BibTeX math as its text ($k$ reads k), as the page does; everything else comes back as written.
        Assert.That(bib.Title, Is.EqualTo(shown), "BibTeX, read back by citation.js");
        Assert.That(bib.Authors, Is.EqualTo(new[] { "José Núñez", "O'Brien & Sons" }));
    }

    [Test]
    public void PublicationsBibReadsBackWithTheSameTitlesAuthorsAndYears()
    {
        var output = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Assert.That(SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);
            var entries = BibtexParser.Parse(Path.Combine(output, "publications.bib"));
            var papers = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html"))).QuerySelectorAll("article.card");

            Assert.That(entries, Has.Count.EqualTo(32));
            Assert.That(entries.Select(e => e.Key).Distinct().Count(), Is.EqualTo(32), "keys are unique");
            foreach (var paper in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "papers"), "*.md"))
            {
                var slug = Path.GetFileNameWithoutExtension(paper);
                var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "papers", slug, "index.html")));
                var title = page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content");
                var authors = page.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")).ToList();
                var year = int.Parse(page.QuerySelector("meta[name=citation_publication_date]")!.GetAttribute("content")![..4], CultureInfo.InvariantCulture);
                var entry = entries.Single(e => e.Title == title!.Replace("$", "", StringComparison.Ordinal));
                Assert.That(entry.Authors.Where(a => a != "others"), Is.EqualTo(authors), slug);
                Assert.That(entry.Year, Is.EqualTo(year), slug);
            }

            var second = Path.Combine(output + "-again");
            Assert.That(SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, second, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);
            Assert.That(File.ReadAllText(Path.Combine(second, "publications.bib")), Is.EqualTo(File.ReadAllText(Path.Combine(output, "publications.bib"))), "keys are stable");
            Directory.Delete(second, recursive: true);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public void KeysAreUniqueWhenPapersClash()
    {
        using var site = new TestSite()
            .Paper("a", "title: Deep Nets\nauthors: [Ann Lee]\ndate: 2024-01-01")
            .Paper("b", "title: Deep Trees\nauthors: [Bo Lee]\ndate: 2024-05-01")
            .Paper("c", "title: Deep Forests\nauthors: [Cy Lee]\ndate: 2024-09-01")
            .Paper("own", "title: Own\nauthors: [Di Wu]\ndate: 2023-01-01\nbibtex: |\n  @article{lee2024deep,\n    title = {My own entry},\n    author = {Di Wu},\n    year = 2023\n  }");
        Assert.That(site.Build().Succeeded, Is.True);

        var keys = BibtexParser.Parse(Path.Combine(site.OutputDirectory, "publications.bib")).ToDictionary(e => e.Title, e => e.Key);
        Assert.That(keys["My own entry"], Is.EqualTo("lee2024deep"), "a paper's own entry is used as written");
        Assert.That(new[] { keys["Deep Nets"], keys["Deep Trees"], keys["Deep Forests"] }, Is.EqualTo(new[] { "lee2024deepa", "lee2024deepb", "lee2024deepc" }), "by date, around the key already taken");
        Assert.That(site.Read("papers/own/cite.bib"), Does.Contain("My own entry"));
    }

    [Test]
    public void FeedsForTheSiteAndEachTagParseAsRssAndAtomWithEveryField()
    {
        using var site = new TestSite()
            .Paper("gba", FullPaper).Write("site/static/files/gba.pdf", "%PDF")
            .Paper("old", "title: Older\nauthors: [A]\ndate: 2019-02-03\ntags: [recommendation]\nabstract: Old.");
        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var (path, count) in new[] { ("feed.xml", 2), ("tags/recommendation/feed.xml", 2), ("tags/cs.lg/feed.xml", 1) })
        {
            using var reader = XmlReader.Create(Path.Combine(site.OutputDirectory, path));
            var rss = SyndicationFeed.Load(reader);
            var items = rss.Items.ToList();
            Assert.That(items, Has.Count.EqualTo(count), path);
            Assert.That(items[0].Title.Text, Is.EqualTo(count == 1 || path == "feed.xml" || path.Contains("recommendation", StringComparison.Ordinal) ? "GBA: A Tuning-free Approach" : "Older"), path);
            Assert.That(items.Select(i => i.PublishDate), Is.Ordered.Descending, path);
        }

        var rssItem = XDocument.Load(Path.Combine(site.OutputDirectory, "feed.xml")).Descendants("item").First();
        Assert.That(rssItem.Element("link")!.Value, Is.EqualTo("https://example.org/site/papers/gba/"));
        Assert.That(rssItem.Element("guid")!.Value, Is.EqualTo("https://example.org/site/papers/gba/"));
        Assert.That(rssItem.Element("pubDate")!.Value, Is.EqualTo("Mon, 23 May 2022 00:00:00 +0000"));
        Assert.That(rssItem.Elements("category").Select(c => c.Value), Is.EqualTo(new[] { "cs.LG", "recommendation" }));
        Assert.That(rssItem.Element(XName.Get("creator", "http://purl.org/dc/elements/1.1/"))!.Value, Is.EqualTo("Wenbo Su, Ada Lovelace, Łukasz Marković et al."));
        Assert.That(rssItem.Element("description")!.Value, Is.EqualTo("<p>We <em>switch</em> between synchronous and asynchronous training.</p>\n"));

        foreach (var path in new[] { "atom.xml", "tags/recommendation/atom.xml", "tags/cs.lg/atom.xml" })
        {
            using var reader = XmlReader.Create(Path.Combine(site.OutputDirectory, path));
            var atom = SyndicationFeed.Load(reader);
            Assert.That(atom.Items, Is.Not.Empty, path);
            var entry = atom.Items.First();
            Assert.That(entry.Authors.Select(a => a.Name), Is.Not.Empty, path);
            Assert.That(entry.Links.Single().Uri.AbsoluteUri, Does.StartWith("https://example.org/site/papers/"), path);
        }

        XNamespace ns = "http://www.w3.org/2005/Atom";
        var atomEntry = XDocument.Load(Path.Combine(site.OutputDirectory, "atom.xml")).Descendants(ns + "entry").First();
        Assert.That(atomEntry.Element(ns + "published")!.Value, Is.EqualTo("2022-05-23T00:00:00Z"));
        Assert.That(DateTimeOffset.Parse(atomEntry.Element(ns + "updated")!.Value, CultureInfo.InvariantCulture), Is.EqualTo(new DateTimeOffset(2022, 5, 23, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(atomEntry.Elements(ns + "category").Select(c => c.Attribute("term")!.Value), Is.EqualTo(new[] { "cs.LG", "recommendation" }));
        Assert.That(atomEntry.Element(ns + "summary")!.Attribute("type")!.Value, Is.EqualTo("html"));

        var tagPage = site.Html("tags/recommendation/index.html");
        var alternates = tagPage.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        Assert.That(alternates, Is.EqualTo(new[]
        {
            ("application/rss+xml", "../../tags/recommendation/feed.xml"), ("application/atom+xml", "../../tags/recommendation/atom.xml"),
            ("application/rss+xml", "../../feed.xml"), ("application/atom+xml", "../../atom.xml"),
        }));
    }

    [Test]
    public void SitemapRobotsAnd404()
    {
        using var site = new TestSite().Paper("gba", FullPaper).Write("site/static/files/gba.pdf", "%PDF");
        Assert.That(site.Build().Succeeded, Is.True);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Load(Path.Combine(site.OutputDirectory, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        var pages = Directory.EnumerateFiles(site.OutputDirectory, "index.html", SearchOption.AllDirectories)
            .Select(f => "https://example.org/site/" + Path.GetRelativePath(site.OutputDirectory, f)[..^"index.html".Length]);
        Assert.That(urls, Is.EquivalentTo(pages));
        Assert.That(site.Read("robots.txt"), Does.Contain("Sitemap: https://example.org/site/sitemap.xml"));

        var notFound = site.Html("404.html");
        Assert.That(notFound.QuerySelector("h1")!.TextContent, Is.EqualTo("Page not found"));
        Assert.That(notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), Is.EqualTo("/site/assets/style.css"), "served at any depth, so its links start at the site root");
        Assert.That(SiteCrawler.BrokenReferences(site.OutputDirectory, "/site/"), Is.Empty);
    }

    [Test]
    public void KindsCanBeSwitchedOff()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ndisable_kinds: [404, sitemap, robots, atom, tag_feeds, citations]")
            .Paper("gba", FullPaper).Write("site/static/files/gba.pdf", "%PDF");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics, Is.Empty);
        foreach (var file in new[] { "404.html", "sitemap.xml", "robots.txt", "atom.xml", "tags/cs.lg/feed.xml", "publications.bib", "papers/gba/cite.bib" })
        {
            Assert.That(site.Exists(file), Is.False, file);
        }

        Assert.That(site.Exists("feed.xml"), Is.True);
        Assert.That(site.Html("papers/gba/index.html").QuerySelector(".cite-formats"), Is.Null);
    }

    [Test]
    public void MetricsAreComputedFromCitationCountsAndTheConfigSaysWhichWins()
    {
        using var site = new TestSite()
            .Paper("a", "title: A\nauthors: [A]\ndate: 2024-01-01\ncitations: 25")
            .Paper("b", "title: B\nauthors: [A]\ndate: 2024-01-02\ncitations: 8")
            .Paper("c", "title: C\nauthors: [A]\ndate: 2024-01-03\ncitations: 5")
            .Paper("d", "title: D\nauthors: [A]\ndate: 2024-01-04\ncitations: 3")
            .Paper("e", "title: E\nauthors: [A]\ndate: 2024-01-05\ncitations: 3");
        string Metrics() => string.Join(" ", site.Html("index.html").QuerySelectorAll(".metric").Select(m => $"{m.QuerySelector("dt")!.TextContent}={m.QuerySelector("dd")!.TextContent}"));

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(Metrics(), Is.EqualTo("h-index=12 i10-index=1 citations=44 papers=5"), "declared h-index 12 wins by default");

        site.Write("site/scholarly.yml", TestSite.DefaultConfig + "\nmetrics: computed");
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(Metrics(), Is.EqualTo("h-index=3 i10-index=1 citations=44 papers=5"));
    }

    [Test]
    public void FeaturedPapersBadgesAndCoauthorLinksShowOnTheHomePage()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ncoauthors:\n  Wenbo Su: https://wenbo.example.org/")
            .Paper("gba", FullPaper + "\nfeatured: true")
            .Write("site/static/files/gba.pdf", "%PDF")
            .Paper("other", "title: Other\nauthors: [A]\ndate: 2024-01-01");
        Assert.That(site.Build().Succeeded, Is.True);

        var home = site.Html("index.html");
        Assert.That(home.QuerySelectorAll("#selected .card-title").Select(t => t.TextContent), Is.EqualTo(new[] { "GBA: A Tuning-free Approach" }));
        Assert.That(home.QuerySelector("#selected .award")!.TextContent, Is.EqualTo("Oral"));
        Assert.That(home.QuerySelector("#selected a.coauthor")!.GetAttribute("href"), Is.EqualTo("https://wenbo.example.org/"));
        Assert.That(home.QuerySelector("#selected .owner")!.TextContent, Is.EqualTo("Ada Lovelace"));
    }

    private static JsonElement JsonLd(AngleSharp.Dom.IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Test]
    public void GitHubPagesGetsNoJekyllAlwaysAndACnameWhenTheConfigNamesADomain()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Exists(".nojekyll"), Is.True);
        Assert.That(site.Exists("CNAME"), Is.False);

        site.Write("site/scholarly.yml", TestSite.DefaultConfig + "\ncname: www.lovelace.example");
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Read("CNAME"), Is.EqualTo("www.lovelace.example\n"));

        site.Write("site/scholarly.yml", TestSite.DefaultConfig + "\ncname: https://www.lovelace.example/");
        var result = site.Build();
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith("scholarly.yml:5: error: 'cname' must be a domain name"));
    }
}
