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
        Assert.That(run.Error, Does.Contain("inside the site folder"));
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
        Directory.Move(site.OutputDirectory, Path.Combine(site.Root, ".out.old-999999"));
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
        Assert.That(Path.GetFileName(page), Has.Length.LessThanOrEqualTo(80).And.EndsWith("word"));
    }
}
