using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using Scholarly.Model;
using Scholarly.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Scholarly.Tests.Integration;

/// <summary>
/// Builds the sample site (content/, the seed profile) once and checks what a reader gets: every paper page,
/// every tag page, the feed, and every link and asset.
/// </summary>
public class SampleSiteTests
{
    private string _root = "";
    private string _output = "";
    private List<SamplePaper> _papers = [];

    /// <summary>A paper as its content file says, read independently of Scholarly's own reader.</summary>
    private sealed record SamplePaper(string Slug, string Title, List<string> Authors, DateOnly Date, List<string> Tags, string? Code);

    [OneTimeSetUp]
    public void BuildSample()
    {
        _root = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        _output = Path.Combine(_root, "output");
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, _output, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics, Is.Empty, "the sample site builds without warnings");
        _papers = [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "papers"), "*.md").Select(ReadSample)];
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    [Test]
    public void TheSampleHasTheSeedsThirtyTwoPapers()
    {
        Assert.That(_papers, Has.Count.EqualTo(32));
        Assert.That(Directory.GetDirectories(Path.Combine(_output, "papers")), Has.Length.EqualTo(32));
    }

    [Test]
    public void EveryPaperPageIsLinkedFromTheHomePage()
    {
        var home = Load("index.html");
        var linked = home.QuerySelectorAll(".card-title a")
            .Select(a => Path.GetRelativePath(_output, SiteCrawler.Resolve(Path.Combine(_output, "index.html"), a.GetAttribute("href")!).File))
            .ToList();

        Assert.That(linked, Is.EquivalentTo(_papers.Select(p => $"papers/{p.Slug}/index.html")));
        Assert.That(home.QuerySelector("#papers-heading")!.TextContent, Is.EqualTo("32 Papers"));
    }

    [Test]
    public void HomeCardsShowBadgeDateCodeTitleAuthorsAndAbstractLikeTheSeed()
    {
        var cards = Load("index.html").QuerySelectorAll("article.card").ToList();
        Assert.That(cards, Has.Count.EqualTo(32));

        var rollart = cards.Single(c => c.QuerySelector(".card-title")!.TextContent.StartsWith("RollArt", StringComparison.Ordinal));
        Assert.That(rollart.QuerySelector(".badge")!.TextContent, Is.EqualTo("DC"));
        Assert.That(rollart.QuerySelector("time")!.TextContent, Is.EqualTo("Dec 27, 2025"));
        Assert.That(rollart.QuerySelector(".code-link")!.GetAttribute("href"), Is.EqualTo("https://github.com/alibaba/ROLL"));
        Assert.That(rollart.QuerySelector(".authors")!.TextContent, Is.EqualTo("Wei Gao, Yuheng Zhao, Tianyuan Wu et\u00a0al."));
        Assert.That(rollart.QuerySelector(".card-abstract")!.TextContent, Does.StartWith("Agentic Reinforcement Learning (RL)"));

        var rtp = cards.Single(c => c.QuerySelector(".card-title")!.TextContent.StartsWith("RTP-LLM", StringComparison.Ordinal));
        Assert.That(rtp.QuerySelector("time")!.TextContent, Is.EqualTo("May 28"), "a date in the reference year has no year, as in the seed");
        Assert.That(rtp.QuerySelector(".code-link"), Is.Null, "no code address is named in the paper, so none is invented");

        Assert.That(cards.Count(c => c.QuerySelector(".code-link") is not null), Is.EqualTo(_papers.Count(p => p.Code is not null)));
    }

    [Test]
    public void TheHeaderShowsNameCvAndMetricsInOrder()
    {
        var home = Load("index.html");

        Assert.That(home.QuerySelector(".profile h1")!.TextContent, Is.EqualTo("Lin Qu"));
        Assert.That(home.QuerySelectorAll("h1"), Has.Length.EqualTo(1));
        var cv = home.QuerySelectorAll(".profile-links a").Single(a => a.TextContent == "CV");
        Assert.That(File.Exists(Path.Combine(_output, cv.GetAttribute("href")!)), Is.True);
        var metrics = home.QuerySelectorAll(".metric").Select(m => $"{m.QuerySelector("dt")!.TextContent}={m.QuerySelector("dd")!.TextContent}");
        Assert.That(metrics, Is.EqualTo(new[] { "h-index=27", "papers=32", "citations=883", "Novelty=58%", "AI Score=60" }));
    }

    [Test]
    public void EachPaperPageShowsWhatItsFileSays()
    {
        foreach (var paper in _papers)
        {
            var page = Load($"papers/{paper.Slug}/index.html");
            var authors = string.Join(", ", paper.Authors.Where(a => a != "et al.")) + (paper.Authors[^1] == "et al." ? " et\u00a0al." : "");

            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(Plain(paper.Title)), paper.Slug);
            Assert.That(page.QuerySelector(".authors-full")!.TextContent, Is.EqualTo(authors), paper.Slug);
            Assert.That(page.QuerySelector("time")!.GetAttribute("datetime"), Is.EqualTo(paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), paper.Slug);
            Assert.That(page.QuerySelectorAll(".chips a").Select(a => a.TextContent), Is.EqualTo(paper.Tags), paper.Slug);
            Assert.That(page.QuerySelector(".abstract-full p")!.TextContent.Length, Is.GreaterThan(200), paper.Slug);
        }
    }

    [Test]
    public void EachTagPageListsExactlyThePapersCarryingTheTag()
    {
        var tags = _papers.SelectMany(p => p.Tags).Distinct().ToList();
        var index = Load("tags/index.html");
        // The sample orders its lists by weight (sort: manual), as the seed page does: a tag page keeps that order.
        var homeOrder = Load("index.html").QuerySelectorAll("#papers .card-title a").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToList();
        Assert.That(homeOrder, Is.EquivalentTo(_papers.Select(p => p.Slug)));
        Assert.That(index.QuerySelectorAll(".tag-cloud a"), Has.Length.EqualTo(tags.Count));

        foreach (var tag in tags)
        {
            var carrying = _papers.Where(p => p.Tags.Contains(tag)).Select(p => p.Slug).ToHashSet();
            var expected = homeOrder.Where(carrying.Contains).ToList();
            var page = Load($"tags/{tag.ToLowerInvariant()}/index.html");
            var listed = page.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")!.Split('/')[^2]);

            Assert.That(listed, Is.EqualTo(expected), tag);
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(tag));
            Assert.That(page.QuerySelector(".lede")!.TextContent, Does.StartWith(ArxivCategory.NameOf(tag) + " · "), "arXiv categories are named");
            var entry = index.QuerySelectorAll(".tag-cloud a").Single(a => a.QuerySelector("span")!.TextContent == tag);
            Assert.That(entry.QuerySelector(".count")!.TextContent, Is.EqualTo(expected.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public void TheFeedIsRss2WithEveryPaperNewestFirstLinkingToWrittenPages()
    {
        var feed = XDocument.Load(Path.Combine(_output, "feed.xml"));
        Assert.That(feed.Root!.Name.LocalName, Is.EqualTo("rss"));
        Assert.That(feed.Root.Attribute("version")!.Value, Is.EqualTo("2.0"));
        var items = feed.Root.Element("channel")!.Elements("item").ToList();
        Assert.That(items, Has.Count.EqualTo(32));

        var dates = new List<DateTimeOffset>();
        foreach (var item in items)
        {
            var link = item.Element("link")!.Value;
            Assert.That(link, Does.StartWith("https://example.org/papers/"));
            Assert.That(File.Exists(Path.Combine(_output, link["https://example.org/".Length..], "index.html")), Is.True, link);
            Assert.That(item.Element("guid")!.Value, Is.EqualTo(link));
            Assert.That(item.Element("title")!.Value, Is.Not.Empty);
            Assert.That(item.Element("description")!.Value, Does.StartWith("<p>"));
            dates.Add(DateTimeOffset.ParseExact(item.Element("pubDate")!.Value, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture));
        }

        Assert.That(dates, Is.Ordered.Descending);
        Assert.That(items.Select(i => i.Element("guid")!.Value).Distinct().Count(), Is.EqualTo(32));
    }

    [Test]
    public void EveryInternalLinkAndAssetResolves()
    {
        Assert.That(SiteCrawler.BrokenReferences(_output), Is.Empty);
    }

    [Test]
    public void NoPageLoadsAnythingFromAnotherHost()
    {
        foreach (var page in Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var document = Load(Path.GetRelativePath(_output, page));
            var loaded = document.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], link[rel=icon], link[rel=preload]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
            Assert.That(loaded.Where(SiteCrawler.IsExternal), Is.Empty, page);
        }
    }

    [Test]
    public void TwoBuildsOfTheSameInputAreByteIdenticalParallelOrNot()
    {
        var second = Path.Combine(_root, "second");
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, second, BuiltInThemesDirectory: RepositoryPaths.Themes, Parallel: false));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(OutputSnapshot.Take(second), Is.EqualTo(OutputSnapshot.Take(_output)));
    }

    private IDocument Load(string relative) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, relative)));

    /// <summary>A title as a reader sees it: inline math shows its typeset text ("Top-$k$" reads "Top-k").</summary>
    private static string Plain(string title) => title.Replace("$", "", StringComparison.Ordinal);

    private static SamplePaper ReadSample(string path)
    {
        var text = File.ReadAllText(path);
        var yaml = text.Split("---\n")[1];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        string Scalar(string key) => ((YamlScalarNode)map[key]).Value!;
        List<string> List(string key) => [.. ((YamlSequenceNode)map[key]).Children.Select(c => ((YamlScalarNode)c).Value!)];
        var links = map.Children.TryGetValue("links", out var l) ? (YamlMappingNode)l : null;
        return new SamplePaper(
            Path.GetFileNameWithoutExtension(path),
            Scalar("title"),
            List("authors"),
            DateOnly.Parse(Scalar("date"), CultureInfo.InvariantCulture),
            List("tags"),
            links is not null && links.Children.TryGetValue("code", out var code) ? ((YamlScalarNode)code).Value : null);
    }
}
