using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>The output folder is replaced whole, so Scholarly makes sure it only ever replaces its own output.</summary>
public class OutputSafetyTests
{
    private const string Paper = "title: P\nauthors: [A]\ndate: 2024-01-01";

    [Test]
    public void AnOutputInsideTheSiteFolderIsRefused()
    {
        using var site = new TestSite().Paper("p", Paper);

        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", Path.Combine(site.SiteDirectory, "papers"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("inside the site's papers"));
        Assert.That(File.Exists(Path.Combine(site.SiteDirectory, "papers", "p.md")), Is.True);
    }

    [Test]
    public void AnOutputInsideAFolderThatStaticLinksToIsRefused()
    {
        using var site = new TestSite().Paper("p", Paper).Write("shared/cv.pdf", "%PDF");
        Directory.Delete(Path.Combine(site.SiteDirectory, "static"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "static"), Path.Combine(site.Root, "shared"));

        // Through the link, and at the place it leads: either way the build would copy its own output into itself.
        foreach (var output in new[] { Path.Combine(site.SiteDirectory, "static", "out"), Path.Combine(site.Root, "shared", "out") })
        {
            var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", output);

            Assert.That(run.ExitCode, Is.EqualTo(1), output);
            Assert.That(run.Error, Does.Contain("refusing to write the site"), output);
        }

        Assert.That(Directory.Exists(Path.Combine(site.Root, "shared", "out")), Is.False);
    }

    [Test]
    public void AnOutputThatHoldsTheSiteThroughALinkIsRefused()
    {
        using var site = new TestSite().Paper("p", Paper);
        Assert.That(site.Build().Succeeded, Is.True, "the output is Scholarly's own, so only the guard can stop the next build");
        Directory.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "site"), site.SiteDirectory);

        var run = CliRun.Of("build", "--source", Path.Combine(site.OutputDirectory, "site"), "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("it holds the site's own content"));
        Assert.That(File.Exists(Path.Combine(site.SiteDirectory, "papers", "p.md")), Is.True);
    }

    [Test]
    public void AFolderOfSomethingElseIsNeverReplaced()
    {
        using var site = new TestSite().Paper("p", Paper);
        site.Write("out/thesis.tex", "\\documentclass{article}");

        var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("not written by Scholarly"));
        Assert.That(File.Exists(Path.Combine(site.OutputDirectory, "thesis.tex")), Is.True);
    }

    [Test]
    public void ABuildWaitsForNoOneButRefusesToShareTheOutputWithARunningBuild()
    {
        using var site = new TestSite().Paper("p", Paper);
        using (File.Open(Path.Combine(site.Root, ".out.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var run = CliRun.Of("build", "--source", site.SiteDirectory, "--output", site.OutputDirectory);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("another build is writing to"));
        }

        Assert.That(site.Build().Succeeded, Is.True, "once the other build is done");
    }

    [Test]
    public void AKillBetweenTheTwoRenamesLosesNothing()
    {
        using var site = new TestSite().Paper("p", Paper);
        Assert.That(site.Build().Succeeded, Is.True);
        var before = OutputSnapshot.Take(site.OutputDirectory);
        // What a build killed after retiring the old output, before moving the new one in, leaves behind.
        Directory.Move(site.OutputDirectory, Path.Combine(site.Root, ".out.old"));
        site.Write("site/layouts/paper.html", "{{ paper.nope }}");

        Assert.That(site.Build().Succeeded, Is.False);

        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before), "the retired output is moved back");
    }

    [Test]
    public void EveryBrokenTemplateIsReportedNotJustTheFirst()
    {
        using var site = new TestSite()
            .Paper("p", Paper + "\ntags: [x]")
            .Write("site/layouts/home.html", "{{ nope_home }}")
            .Write("site/layouts/tag.html", "{{ nope_tag }}");

        var result = site.Build(drafts: false);

        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.File), Is.EquivalentTo(new[] { "layouts/home.html", "layouts/tag.html" }));
    }

    [Test]
    public void AStaticFileNamedLikeAFolderOfTheSiteIsAnError()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/static/papers", "not a folder");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith("static/papers: error: 'papers' is a file here, but the site needs a folder"));
    }

    [Test]
    public void DotfilesInStaticAreCopiedButSymbolicLinksAreNotFollowed()
    {
        using var site = new TestSite().Paper("p", Paper)
            .Write("site/static/.nojekyll", "")
            .Write("site/static/.well-known/security.txt", "Contact: mailto:a@example.org")
            .Write("secret.txt", "SECRET");
        File.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "static", "leak.txt"), Path.Combine(site.Root, "secret.txt"));

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Exists(".nojekyll"), Is.True);
        Assert.That(site.Exists(".well-known/security.txt"), Is.True);
        Assert.That(site.Exists("leak.txt"), Is.False);
    }

    [Test]
    public void ASlugTooLongForAFileNameIsShortenedAtAWord()
    {
        using var site = new TestSite().Paper("p", Paper + "\nslug: " + string.Concat(Enumerable.Repeat("word-", 80)));

        Assert.That(site.Build().Succeeded, Is.True);

        var page = Directory.GetDirectories(Path.Combine(site.OutputDirectory, "papers")).Single();
        Assert.That(Path.GetFileName(page), Has.Length.LessThanOrEqualTo(Scholarly.Text.Slug.MaxNameLength).And.EndsWith("word"));
    }

    [Test]
    public void ARebuildRewritesOnlyTheFilesThatChangedAndRemovesStaleOnes()
    {
        using var site = new TestSite()
            .Paper("keep", Paper + "\ntags: [stay]")
            .Paper("edit", "title: E\nauthors: [A]\ndate: 2023-01-01\ntags: [stay]")
            .Paper("gone", "title: G\nauthors: [A]\ndate: 2022-01-01\ntags: [leaving]");
        Assert.That(site.Build().Succeeded, Is.True);
        var keepPage = Path.Combine(site.OutputDirectory, "papers", "keep", "index.html");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, stamp);
        }

        site.Paper("edit", "title: E\nauthors: [A]\ndate: 2023-01-01\ntags: [stay]", "New notes.");
        File.Delete(Path.Combine(site.SiteDirectory, "papers", "gone.md"));
        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.FilesChanged, Is.LessThan(result.FilesWritten));
        Assert.That(File.GetLastWriteTimeUtc(keepPage), Is.EqualTo(stamp), "an unchanged page is not rewritten");
        Assert.That(site.Html("papers/edit/index.html").QuerySelector(".notes")!.TextContent, Does.Contain("New notes."));
        Assert.That(site.Exists("papers/gone/index.html"), Is.False, "a removed paper's page goes");
        Assert.That(Directory.Exists(Path.Combine(site.OutputDirectory, "papers", "gone")), Is.False, "and so does its folder");
        Assert.That(Directory.Exists(Path.Combine(site.OutputDirectory, "tags", "leaving")), Is.False, "and a tag no paper has any more");
        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(FreshBuild(site)), "the result is what a clean build writes");
        Assert.That(Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "site", "out", ".out.swap" }), "nothing but the second tree (the previous output)");
    }

    [Test]
    public void WhatAKilledBuildLeftIsRemovedAndTheOutputStaysWhole()
    {
        using var site = new TestSite().Paper("p", Paper).Paper("gone", "title: G\nauthors: [A]\ndate: 2020-01-01");
        Assert.That(site.Build().Succeeded, Is.True);
        var before = OutputSnapshot.Take(site.OutputDirectory);
        // A staging folder of a killed build (a new tree never published, or the old one after an exchange), and the
        // journal an earlier version wrote while patching the output in place.
        var staging = Path.Combine(site.Root, ".out.staging-999999");
        Directory.CreateDirectory(Path.Combine(staging, "papers", "p"));
        File.WriteAllText(Path.Combine(staging, "papers", "p", "index.html"), "<h1>New</h1>");
        File.WriteAllText(Path.Combine(site.Root, ".out.commit-999999"), $"{staging}\nM\tpapers/p/index.html\n");
        site.Write("site/layouts/tags.html", "{{ broken");

        Assert.That(site.Build().Succeeded, Is.False);

        Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before), "nothing of the killed build reached the output");
        Assert.That(Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "site", "out", ".out.swap" }));
    }

    private static SortedDictionary<string, string> FreshBuild(TestSite site)
    {
        var fresh = Path.Combine(site.Root, "fresh");
        Assert.That(SiteBuilder.Build(new BuildOptions(site.SiteDirectory, fresh, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);
        var snapshot = OutputSnapshot.Take(fresh);
        Directory.Delete(fresh, recursive: true);
        return snapshot;
    }
}
