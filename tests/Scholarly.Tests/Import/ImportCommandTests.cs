using Scholarly.Tests.Support;

namespace Scholarly.Tests.Import;

public class ImportCommandTests
{
    private const string References = """
        @string{neurips = "Advances in Neural Information Processing Systems"}

        @inproceedings{lovelace2024engines,
          title     = {Analytical {Engines} for {$k$-NN} Search},
          author    = {Lovelace, Ada and Babbage, Charles and others},
          booktitle = neurips # " 37",
          year      = 2024,
          month     = may,
          doi       = {10.5555/1234.5678},
          keywords  = {engines, search},
          abstract  = {We compute with \emph{cards} in $O(n \log n)$ time.},
          publisher = {Curran},
        }

        @article{markovic2021,
          title   = {Caf{\'e} Networks},
          author  = {Markovi{\'c}, Elena and van Beethoven, Ludwig},
          journal = {Journal of Examples},
          year    = {2021},
        }

        @misc{broken2020,
          title = {Missing comma}
          year = 2020,
        }

        @misc{preprint2023,
          title         = {A Preprint},
          author        = {{Google DeepMind}},
          year          = 2023,
          eprint        = {2301.00001},
          archivePrefix = {arXiv},
          primaryClass  = {cs.LG},
        }
        """;

    [Test]
    public void ImportsEveryGoodEntryReportsTheBadOneAndTheSiteBuilds()
    {
        using var site = new TestSite().Write("refs.bib", References);

        var run = CliRun.Of("import", Path.Combine(site.Root, "refs.bib"), "--into", site.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1), "an entry failed");
        Assert.That(run.Error, Does.Match(@"refs\.bib:24:3: error: entry 'broken2020': expected ',' or '}'"));
        Assert.That(run.Out, Does.Contain("3 created, 0 updated, 0 unchanged, 0 skipped, 1 failed."));

        var built = site.Build();
        Assert.That(built.Succeeded, Is.True, string.Join("\n", built.Diagnostics));
        Assert.That(built.Diagnostics, Is.Empty, "imported files are what a user would write: no warnings");

        var page = site.Html("papers/lovelace-2024-analytical/index.html");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Analytical Engines for k-NN Search"));
        Assert.That(page.QuerySelector(".authors-full")!.TextContent, Is.EqualTo("Ada Lovelace, Charles Babbage et\u00a0al."));
        Assert.That(page.QuerySelector(".abstract-full em")!.TextContent, Is.EqualTo("cards"));
        Assert.That(page.QuerySelector("meta[name=citation_conference_title]")!.GetAttribute("content"), Is.EqualTo("Advances in Neural Information Processing Systems 37"));
        Assert.That(page.QuerySelector("meta[name=citation_doi]")!.GetAttribute("content"), Is.EqualTo("10.5555/1234.5678"));
        Assert.That(site.Html("papers/markovic-2021-cafe/index.html").QuerySelector(".authors-full")!.TextContent, Is.EqualTo("Elena Marković, Ludwig van Beethoven"));
        Assert.That(site.Html("papers/deepmind-2023-preprint/index.html").QuerySelector("meta[name=citation_arxiv_id]")!.GetAttribute("content"), Is.EqualTo("2301.00001"));
        Assert.That(site.Read("papers/lovelace-2024-analytical/cite.bib"), Does.Contain("booktitle = {Advances in Neural Information Processing Systems 37}"), "the original entry, macros expanded, is the export");
    }

    [Test]
    public void TheSitesOwnBibliographyImportsBackToTheSamePapers()
    {
        using var site = new TestSite().Write("refs.bib", References);
        CliRun.Of("import", Path.Combine(site.Root, "refs.bib"), "--into", site.SiteDirectory);
        Assert.That(site.Build().Succeeded, Is.True);
        var first = Read(site.SiteDirectory);

        using var again = new TestSite();
        var run = CliRun.Of("import", Path.Combine(site.OutputDirectory, "publications.bib"), "--into", again.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(again.Build().Succeeded, Is.True);
        Assert.That(Read(again.SiteDirectory), Is.EquivalentTo(first));
    }

    [Test]
    public void ReimportingUpdatesWhatItCreatedKeepsBodiesAndLeavesHandWrittenFilesAlone()
    {
        using var site = new TestSite().Write("refs.bib", References.Replace("  title = {Missing comma}\n", "  title = {Missing comma},\n  author = {Doe, Jane},\n", StringComparison.Ordinal));
        site.Paper("mine", "title: \"Café Networks\"\nauthors: [Elena Marković]\ndate: 2021-01-01");
        var bib = Path.Combine(site.Root, "refs.bib");

        var first = CliRun.Of("import", bib, "--into", site.SiteDirectory);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(first.Out, Does.Contain("3 created, 0 updated, 0 unchanged, 1 skipped, 0 failed."));
        Assert.That(first.Out, Does.Contain("papers/mine.md").And.Contain("written by hand"));

        var created = Path.Combine(site.SiteDirectory, "papers", "lovelace-2024-analytical.md");
        File.AppendAllText(created, "My own notes on this paper.\n");
        File.WriteAllText(created, File.ReadAllText(created).Replace("title:", "featured: true\ntitle:", StringComparison.Ordinal));

        var dryRun = CliRun.Of("import", bib, "--into", site.SiteDirectory, "--dry-run");
        Assert.That(dryRun.Out, Does.Contain("Dry run: 0 created"));

        File.WriteAllText(bib, File.ReadAllText(bib).Replace("Analytical {Engines}", "Analytical {Engines}, Revised", StringComparison.Ordinal));
        var snapshot = File.ReadAllText(created);
        Assert.That(CliRun.Of("import", bib, "--into", site.SiteDirectory, "--dry-run").ExitCode, Is.EqualTo(0));
        Assert.That(File.ReadAllText(created), Is.EqualTo(snapshot), "a dry run changes nothing");

        var second = CliRun.Of("import", bib, "--into", site.SiteDirectory);
        Assert.That(second.Out, Does.Contain("0 created, 1 updated, 2 unchanged, 1 skipped, 0 failed."));
        var text = File.ReadAllText(created);
        Assert.That(text, Does.Contain("Analytical {Engines}, Revised").And.Contain("featured: true"));
        Assert.That(text, Does.EndWith("My own notes on this paper.\n"), "the body is the user's");
        Assert.That(File.ReadAllText(Path.Combine(site.SiteDirectory, "papers", "mine.md")), Does.Contain("date: 2021-01-01"), "hand-written files are left alone");

        var forced = CliRun.Of("import", bib, "--into", site.SiteDirectory, "--force");
        Assert.That(forced.Out, Does.Contain("1 updated"));
        Assert.That(File.ReadAllText(Path.Combine(site.SiteDirectory, "papers", "mine.md")), Does.Contain("import_key: \"markovic2021\""));
    }

    [Test]
    public void TheSameDoiTwiceIsMergedWithAWarning()
    {
        using var site = new TestSite().Write("a.bib", "@article{a, title = {One}, author = {A}, year = 2020, doi = {10.5555/x}}\n@misc{b, title = {One (preprint)}, author = {A}, year = 2019, doi = {10.5555/X}, eprint = {1901.00001}}");

        var run = CliRun.Of("import", Path.Combine(site.Root, "a.bib"), "--into", site.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Error, Does.Contain("warning: 'b' is the same paper as 'a'"));
        Assert.That(run.Out, Does.Contain("1 created"));
        Assert.That(File.ReadAllText(Directory.GetFiles(Path.Combine(site.SiteDirectory, "papers")).Single()), Does.Contain("arxiv: \"1901.00001\""));
    }

    [Test]
    public void AFileInNoKnownFormatIsAClearError()
    {
        using var site = new TestSite().Write("notes.txt", "Just some notes, no entries.");

        var run = CliRun.Of("import", Path.Combine(site.Root, "notes.txt"), "--into", site.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("notes.txt:1:1: error: not BibTeX, CSL-JSON or arXiv Atom"));
    }

    /// <summary>Title, authors and year of every paper file, as the site reads them.</summary>
    private static List<string> Read(string siteDirectory)
    {
        var bag = new Scholarly.Diagnostics.DiagnosticBag();
        var markdown = new Scholarly.Markup.MarkdownRenderer();
        return [.. Directory.GetFiles(Path.Combine(siteDirectory, "papers"), "*.md")
            .Select(f => Scholarly.Content.PaperReader.Read(f, f, markdown, bag)!)
            .Select(p => $"{p.Title} | {string.Join(", ", p.Authors)}{(p.EtAl ? " et al." : "")} | {p.Date.Year}")];
    }
}
