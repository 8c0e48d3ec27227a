using System.Diagnostics;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Claims;

/// <summary>Holds README.md's "From nothing to a homepage", "The commands" and "Building", and docs/publishing.md, to what the commands do.</summary>
[Parallelizable(ParallelScope.All)]
public class CommandClaimsTests
{
    private const string Paper = "title: Published Paper\nauthors: [Ada Lovelace]\ndate: 2024-03-01\ntags: [engines]";
    private const string Draft = "title: Draft Paper\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntags: [engines]\ndraft: true";

    /// <summary>README: "draft: false  # drafts are built only with --drafts"; `scholarly build ... [--drafts]`.</summary>
    [Test]
    public void BuildLeavesDraftsOutUnlessGivenDrafts()
    {
        using var site = new TestSite().Paper("published", Paper).Paper("draft", Draft);

        var plain = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory);
        Assert.That(plain.ExitCode, Is.EqualTo(0), plain.Error);
        Assert.That(site.Exists("papers/published/index.html"), Is.True);
        Assert.That(site.Exists("papers/draft/index.html"), Is.False, "a draft has no page without --drafts");
        Assert.That(CardTitles(site), Is.EqualTo(new[] { "Published Paper" }));
        Assert.That(site.Read("feed.xml"), Does.Not.Contain("Draft Paper"));
        Assert.That(site.Read("publications.bib"), Does.Not.Contain("Draft Paper"));

        var drafts = CliRun.Of("build", "-s", site.SiteDirectory, "-o", site.OutputDirectory, "--drafts");
        Assert.That(drafts.ExitCode, Is.EqualTo(0), drafts.Error);
        Assert.That(site.Html("papers/draft/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Draft Paper"));
        Assert.That(CardTitles(site), Is.EqualTo(new[] { "Draft Paper", "Published Paper" }), "newest first, the draft included");
    }

    /// <summary>README: `--no-parallel` (load, render and write on one thread); "the output after any build is exactly what a clean build writes".</summary>
    [Test]
    public void NoParallelWritesExactlyTheBytesOfAParallelBuild()
    {
        using var temp = new TestSite();
        var parallel = Path.Combine(temp.Root, "parallel");
        var serial = Path.Combine(temp.Root, "serial");

        var first = CliRun.Of("build", "-s", RepositoryPaths.Content, "-o", parallel);
        var second = CliRun.Of("build", "-s", RepositoryPaths.Content, "-o", serial, "--no-parallel");

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Error);
        var parallelFiles = OutputSnapshot.Take(parallel);
        Assert.That(parallelFiles, Has.Count.GreaterThan(100), "the whole sample site");
        Assert.That(OutputSnapshot.Take(serial), Is.EqualTo(parallelFiles));
    }

    /// <summary>README: `scholarly check [DIR] [--base-path /REPO/]`; root-relative links (relative_links: false) start with base_url's path.</summary>
    [Test]
    public void CheckResolvesRootRelativeLinksUnderTheGivenBasePath()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig.Replace("https://example.org/site/", "https://someone.github.io/REPO/", StringComparison.Ordinal) + "\nrelative_links: false\n")
            .Paper("p", Paper);
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Html("index.html").QuerySelector("h3 a")!.GetAttribute("href"), Is.EqualTo("/REPO/papers/p/"), "links are root-relative");

        var right = CliRun.Of("check", site.OutputDirectory, "--base-path", "/REPO/");
        Assert.That(right.ExitCode, Is.EqualTo(0), right.Out);
        Assert.That(right.Out, Does.StartWith("No problems in "));

        var wrong = CliRun.Of("check", site.OutputDirectory, "--base-path", "/OTHER/");
        Assert.That(wrong.ExitCode, Is.EqualTo(1));
        Assert.That(wrong.Out, Does.Contain("/REPO/papers/p/").And.Contain("outside the site's base path /OTHER/"));
    }

    /// <summary>README: `scholarly publish ... [--branch gh-pages]`; docs/publishing.md: "commits the built site to a branch (default gh-pages)".</summary>
    [Test]
    public void PublishCommitsToTheBranchNamedWithBranch()
    {
        using var site = new TestSite().Paper("p", Paper);
        var bare = Path.Combine(site.Root, "remote.git");
        Git(site.Root, "init", "--quiet", "--bare", bare);
        Assert.That(site.Build().Succeeded, Is.True);

        var run = CliRun.Of("publish", "--output", site.OutputDirectory, "--remote", bare, "--branch", "site-pages");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(Git(bare, "for-each-ref", "--format=%(refname)", "refs/heads").Trim(), Is.EqualTo("refs/heads/site-pages"), "only the named branch, no gh-pages");
        var tree = Git(bare, "ls-tree", "-r", "--name-only", "site-pages").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(tree, Does.Contain("index.html").And.Contain("papers/p/index.html").And.Contain(".nojekyll"));
        Assert.That(Git(bare, "show", "site-pages:papers/p/index.html"), Is.EqualTo(site.Read("papers/p/index.html")));
    }

    /// <summary>
    /// README: every command finds the site in "./content (a repository that keeps its site there, as this one does)";
    /// "The output goes to output/ ... beside content/ in that layout".
    /// </summary>
    [Test]
    public void InARepositoryLayoutCommandsReadContentAndWriteOutputBesideIt()
    {
        using var repository = new TestSite()
            .Write("content/scholarly.yml", TestSite.DefaultConfig)
            .Write("content/profile.md", TestSite.DefaultProfile)
            .Write("content/static/cv.pdf", "%PDF-1.4\n")
            .Write("content/papers/p.md", $"---\n{Paper}\n---\n");

        var build = CliProcess.Run(repository.Root, null, "build");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Error);
        Assert.That(build.Out, Does.Contain("Using the site in content/").And.Contain("into output in"));
        var output = Path.Combine(repository.Root, "output");
        Assert.That(File.ReadAllText(Path.Combine(output, "papers", "p", "index.html")), Does.Contain("Published Paper"));
        Assert.That(Directory.Exists(Path.Combine(repository.Root, "content", "output")), Is.False, "not inside content/");

        var check = CliProcess.Run(repository.Root, null, "check");
        Assert.That(check.ExitCode, Is.EqualTo(0), check.Out + check.Error);
        Assert.That(check.Out, Does.StartWith("No problems in output"), "check reads what build wrote");
    }

    /// <summary>README: the site is "the current folder when it holds scholarly.yml"; "The output goes to output/ inside a site folder".</summary>
    [Test]
    public void InASiteFolderBuildWritesOutputInsideIt()
    {
        using var site = new TestSite().Paper("p", Paper);

        var build = CliProcess.Run(site.SiteDirectory, null, "build");

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Error);
        Assert.That(build.Out, Does.StartWith("Built ").And.Contain("into output in"));
        Assert.That(File.ReadAllText(Path.Combine(site.SiteDirectory, "output", "papers", "p", "index.html")), Does.Contain("Published Paper"));
    }

    private static List<string> CardTitles(TestSite site) =>
        [.. site.Html("index.html").QuerySelectorAll("article.card .card-title").Select(h => h.TextContent.Trim())];

    private static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.That(git.ExitCode, Is.EqualTo(0), error.Result);
        return output;
    }
}
