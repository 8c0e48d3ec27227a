using System.Diagnostics;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

/// <summary>Publishing to a gh-pages branch, against a local bare repository standing in for GitHub.</summary>
public class PublishCommandTests
{
    [Test]
    public void PublishCommitsTheSiteToGhPagesOncePerChange()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        var bare = Path.Combine(site.Root, "remote.git");
        Git(site.Root, "init", "--quiet", "--bare", bare);
        Assert.That(site.Build().Succeeded, Is.True);

        var first = CliRun.Of("publish", "--output", site.OutputDirectory, "--remote", bare);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(first.Error, Does.Contain("warning: the site was built for https://example.org/site/, an example address").And.Contain("Set base_url in scholarly.yml"),
            "published, but with a word about the placeholder address");

        var clone = Path.Combine(site.Root, "clone");
        Git(site.Root, "clone", "--quiet", "--branch", "gh-pages", bare, clone);
        var published = Directory.EnumerateFiles(clone, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(clone, f)).Order();
        var built = Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.OutputDirectory, f)).Where(f => f != ".scholarly-output").Order();
        Assert.That(published, Is.EqualTo(built));
        Assert.That(File.Exists(Path.Combine(clone, ".nojekyll")), Is.True);

        var again = CliRun.Of("publish", "--output", site.OutputDirectory, "--remote", bare);
        Assert.That(again.Out, Does.Contain("Nothing to publish"));

        site.Paper("q", "title: Q\nauthors: [A]\ndate: 2025-01-01");
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(CliRun.Of("publish", "--output", site.OutputDirectory, "--remote", bare, "-m", "Add Q").ExitCode, Is.EqualTo(0));
        Assert.That(Git(bare, "log", "--format=%s", "gh-pages").Trim().Split('\n'), Is.EqualTo(new[] { "Add Q", "Publish the site" }));
    }

    [Test]
    public void ASiteBuiltForItsRealAddressPublishesWithoutAWarning()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        var bare = Path.Combine(site.Root, "remote.git");
        Git(site.Root, "init", "--quiet", "--bare", bare);
        Assert.That(site.Build(baseUrl: "https://ada.github.io/homepage/").Succeeded, Is.True);

        var run = CliRun.Of("publish", "--output", site.OutputDirectory, "--remote", bare);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Does.Not.Contain("warning"));
    }

    [Test]
    public void AFolderThatIsNotABuiltSiteIsNotPublished()
    {
        using var site = new TestSite();

        var run = CliRun.Of("publish", "--output", site.SiteDirectory, "--remote", Path.Combine(site.Root, "nowhere.git"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("is not a site Scholarly built"));
    }

    [Test]
    public void ARelativePathIsReadFromTheCurrentFolder()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        Git(site.Root, "init", "--quiet", "--bare", Path.Combine(site.Root, "remote.git"));
        Assert.That(site.Build().Succeeded, Is.True);

        // As `cd site && scholarly publish --remote ../remote.git`: git itself would run in a temporary clone.
        var result = Scholarly.Publishing.GitPagesPublisher.Publish(site.OutputDirectory, "../remote.git", "gh-pages", "Publish", site.SiteDirectory);

        Assert.That(result.Succeeded, Is.True, result.Message);
        Assert.That(Git(Path.Combine(site.Root, "remote.git"), "ls-tree", "--name-only", "gh-pages"), Does.Contain("index.html"));
    }

    [Test]
    public void ASiteThatIsItsOwnRepositoryPublishesToItsOriginEvenWhenOriginIsARelativePath()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        Git(site.Root, "init", "--quiet", "--bare", Path.Combine(site.Root, "remote.git"));
        Git(site.SiteDirectory, "init", "--quiet");
        Git(site.SiteDirectory, "remote", "add", "origin", "../remote.git");
        Assert.That(site.Build().Succeeded, Is.True);

        // Run from a folder below the work tree's top: git resolves a remote's relative URL against the top, and so must publish.
        var result = Scholarly.Publishing.GitPagesPublisher.Publish(site.OutputDirectory, "origin", "gh-pages", "Publish", Path.Combine(site.SiteDirectory, "papers"));

        Assert.That(result.Succeeded, Is.True, result.Message);
        Assert.That(Git(Path.Combine(site.Root, "remote.git"), "ls-tree", "--name-only", "gh-pages"), Does.Contain("index.html"));
    }

    [Test]
    public void ARemoteWhosePathIsGoneIsNamedAsSuch()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        Git(site.SiteDirectory, "init", "--quiet");
        Git(site.SiteDirectory, "remote", "add", "origin", "../gone.git");
        Assert.That(site.Build().Succeeded, Is.True);

        var result = Scholarly.Publishing.GitPagesPublisher.Publish(site.OutputDirectory, "origin", "gh-pages", "Publish", site.SiteDirectory);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Message, Is.EqualTo($"the remote 'origin' points to {Path.Combine(site.Root, "gone.git")}, which does not exist"));
    }

    [Test]
    public void ARemoteThatIsNeitherARemoteNorAFolderSaysHowToAddOne()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        Assert.That(site.Build().Succeeded, Is.True);

        var result = Scholarly.Publishing.GitPagesPublisher.Publish(site.OutputDirectory, "origin", "gh-pages", "Publish", site.SiteDirectory);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Message, Does.Contain("'origin' is neither a remote of the repository here nor a folder").And.Contain("git remote add origin URL"));
    }

    private static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.That(git.ExitCode, Is.EqualTo(0), git.StandardError.ReadToEnd());
        return output;
    }
}
