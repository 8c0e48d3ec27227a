using Scholarly.Configuration;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Output;

/// <summary>serve's look ahead: an edited paper's page made from the last build's site, before the rebuild, is the page the rebuild publishes.</summary>
public class PagePreviewTests
{
    private const string Paper = "title: First Title\nauthors: [A]\ndate: 2024-01-01\ntags: [x]";

    [TestCase("scholar")]
    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void AnEditedPapersPageMadeAheadOfTheRebuildIsThePageItPublishes(string theme)
    {
        using var site = SampleSite();
        var papers = new PaperReadCache();
        var built = SiteBuilder.Build(Options(site, theme) with { Papers = papers });
        Assert.That(built.Succeeded, Is.True);
        Assert.That(built.Preview, Is.Not.Null, "a live server's build leaves what its next edit's preview needs");

        // Title, authors after the first, abstract and citation count (so the computed metrics) all change.
        const string file = "papers/gba.md";
        var edited = File.ReadAllText(Path.Combine(site.SiteDirectory, file));
        edited = edited.Replace("Recommendation Model\"", "Recommendation Models, Edited\"", StringComparison.Ordinal);
        edited = edited.Replace("\nabstract: |\n", "\ncitations: 4321\nabstract: |\n  A new opening sentence.\n", StringComparison.Ordinal);
        site.Write("site/" + file, edited);

        var preview = built.Preview!.PagesOf(new HashSet<string> { file });
        var rebuilt = SiteBuilder.Build(Options(site, theme) with { Papers = papers });

        Assert.That(rebuilt.Succeeded, Is.True);
        Assert.That(preview.Select(page => page.Path), Is.EqualTo(new[] { "papers/gba/index.html" }));
        Assert.That(preview[0].Html, Does.Contain("A new opening sentence.").And.Contain("Recommendation Models, Edited"));
        Assert.That(preview[0].Html, Is.EqualTo(site.Read("papers/gba/index.html")), "byte for byte the page the rebuild published");
    }

    [Test]
    public void AnEditThatChangesTheSitesShapeHasNoPreviewAndTheRebuildMakesIt()
    {
        using var site = new TestSite().Paper("p", Paper).Paper("q", Paper.Replace("First Title", "Other Paper", StringComparison.Ordinal));
        var papers = new PaperReadCache();
        var preview = SiteBuilder.Build(Options(site) with { Papers = papers }).Preview!;
        IReadOnlyList<string> PathsAfter(string frontMatter, string file = "papers/p.md")
        {
            site.Paper("p", frontMatter);
            return [.. preview.PagesOf(new HashSet<string> { file }).Select(page => page.Path)];
        }

        Assert.That(PathsAfter(Paper.Replace("First Title", "First Title, edited", StringComparison.Ordinal)), Is.EqualTo(new[] { "papers/p/index.html" }), "an edit of the title alone is previewed");
        Assert.That(PathsAfter(Paper.Replace("tags: [x]", "tags: [x, y]", StringComparison.Ordinal)), Is.Empty, "a new tag is a new page and a changed list");
        Assert.That(PathsAfter(Paper.Replace("2024-01-01", "2023-01-01", StringComparison.Ordinal)), Is.Empty, "a new date moves the paper in every list");
        Assert.That(PathsAfter(Paper + "\nslug: moved"), Is.Empty, "a new address");
        Assert.That(PathsAfter(Paper + "\ndraft: true"), Is.Empty, "a paper taken off the site");
        Assert.That(PathsAfter(Paper.Replace("authors: [A]", "authors: [Zed]", StringComparison.Ordinal)), Is.Empty, "a new first author is a new citation key");
        Assert.That(PathsAfter(Paper.Replace("First Title", "Another Title", StringComparison.Ordinal)), Is.Empty, "so is a new first word of the title");
        Assert.That(PathsAfter("title: Broken\nauthors: [A]\ndate: 2024-13-01"), Is.Empty, "a file with an error is the rebuild's to report");
        Assert.That(PathsAfter(Paper, "papers/new.md"), Is.Empty, "a paper the last build did not have");
        Assert.That(preview.PagesOf(new HashSet<string> { "papers/p.md", "scholarly.yml" }), Is.Empty, "a change beside the papers");
    }

    [Test]
    public void TheEditedSiteIsTheOneTheAssemblePhaseMakesFromTheSameFiles()
    {
        using var site = SampleSite();
        var before = Assemble(site.SiteDirectory);
        const string file = "papers/depth.md";
        var text = File.ReadAllText(Path.Combine(site.SiteDirectory, file));
        site.Write("site/" + file, text.Replace("\nabstract: |\n", "\ncitations: 9999\nfeatured: true\nabstract: |\n", StringComparison.Ordinal).Replace("weight: 29", "weight: 1", StringComparison.Ordinal));
        var after = Assemble(site.SiteDirectory);
        var old = before.Papers.Single(paper => paper.SourceFile == file);
        var edited = SiteEdit.Replacing(before, new Dictionary<Paper, Paper>(ReferenceEqualityComparer.Instance) { [old] = after.Papers.Single(paper => paper.SourceFile == file) });

        Assert.That(edited, Is.Not.Null);
        Assert.That(Shape(edited!), Is.EqualTo(Shape(after)));
        Assert.That(edited!.Papers.Single(paper => paper.SourceFile == file).Citations, Is.EqualTo(9999));
    }

    /// <summary>Everything of a site that lists papers, by their files: which papers, in which order, under which key, with which metrics.</summary>
    private static List<string> Shape(Site site) =>
    [
        .. site.Papers.Select(paper => paper.SourceFile),
        .. site.Listed.Select(paper => "listed " + paper.SourceFile),
        .. site.Tags.Select(tag => $"tag {tag.Slug}: {string.Join(' ', tag.Papers.Select(paper => paper.SourceFile))}"),
        .. site.Years.Select(year => $"year {year.Number}: {string.Join(' ', year.Papers.Select(paper => paper.SourceFile))}"),
        .. site.Papers.Select(paper => $"key {paper.SourceFile} {site.CitationKeys[paper]} tags {string.Join(' ', site.TagsOf(paper).Select(tag => tag.Slug))}"),
        .. site.Metrics.Select(metric => $"metric {metric}"),
    ];

    private static Site Assemble(string siteDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics)!;
        var content = ContentLoader.Load(siteDirectory, new MarkdownRenderer(MathCache.InMemory()), diagnostics, parallel: true, PaperStore.None())!;
        return SiteAssembler.Assemble(config, content, includeDrafts: false, diagnostics)!;
    }

    private static TestSite SampleSite()
    {
        var site = new TestSite();
        Directory.Delete(site.SiteDirectory, recursive: true);
        FolderCopy.Copy(RepositoryPaths.Content, site.SiteDirectory, ".scholarly-cache");
        return site;
    }

    private static BuildOptions Options(TestSite site, string? theme = null) =>
        new(site.SiteDirectory, site.OutputDirectory, theme, BuiltInThemesDirectory: RepositoryPaths.Themes);
}
