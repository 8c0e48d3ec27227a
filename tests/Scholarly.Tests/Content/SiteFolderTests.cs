using Scholarly.Content;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Content;

/// <summary>Every command finds its site the same way: the folder given, else this folder, else ./content.</summary>
public class SiteFolderTests
{
    [Test]
    public void AFolderWithScholarlyYmlIsTheSiteAndItsOutputIsInsideIt()
    {
        using var temp = new TestSite();

        var site = SiteFolder.Find(null, temp.SiteDirectory, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(site!.Directory, Is.EqualTo(temp.SiteDirectory));
        Assert.That(site.Origin, Is.EqualTo(SiteFolderOrigin.CurrentFolder));
        Assert.That(site.DefaultOutput, Is.EqualTo(Path.Combine(temp.SiteDirectory, "output")));
    }

    [Test]
    public void ARepositoryWithContentHasItsOutputBesideIt()
    {
        using var temp = new TestSite();
        Directory.Move(temp.SiteDirectory, Path.Combine(temp.Root, "content"));

        var site = SiteFolder.Find(null, temp.Root, out _);

        Assert.That(site!.Directory, Is.EqualTo(Path.Combine(temp.Root, "content")));
        Assert.That(site.Origin, Is.EqualTo(SiteFolderOrigin.RepositoryLayout));
        Assert.That(site.DefaultOutput, Is.EqualTo(Path.Combine(temp.Root, "output")));
        Assert.That(site.Display(temp.Root), Is.EqualTo("content"));
    }

    [Test]
    public void AGivenFolderIsTakenAsItIsRelativeToTheCurrentOne()
    {
        using var temp = new TestSite();

        var site = SiteFolder.Find("site", temp.Root, out _);

        Assert.That(site!.Directory, Is.EqualTo(temp.SiteDirectory));
        Assert.That(site.DefaultOutput, Is.EqualTo(Path.Combine(temp.SiteDirectory, "output")), "as Hugo's --source puts public/ inside it");
    }

    [Test]
    public void AGivenContentFolderIsTheRepositoryLayoutWithItsOutputBesideIt()
    {
        using var temp = new TestSite();
        Directory.Move(temp.SiteDirectory, Path.Combine(temp.Root, "content"));

        var site = SiteFolder.Find("content/", temp.Root, out _);

        Assert.That(site!.DefaultOutput, Is.EqualTo(Path.Combine(temp.Root, "output")), "where plain `build` writes, and check and publish read");
    }

    [Test]
    public void NoSiteHereIsSaidAndAFolderAboveThatIsASiteIsNamed()
    {
        using var temp = new TestSite();

        Assert.That(SiteFolder.Find(null, temp.Root, out var problem), Is.Null);
        Assert.That(problem, Is.EqualTo("no site here: neither this folder nor content/ holds a scholarly.yml"));

        Directory.CreateDirectory(Path.Combine(temp.SiteDirectory, "papers", "2024"));
        Assert.That(SiteFolder.Find(null, Path.Combine(temp.SiteDirectory, "papers", "2024"), out problem), Is.Null, "only the folder itself and ./content count");
        Assert.That(problem, Does.EndWith("(the site is ../..: run this there)"));
    }

    [Test]
    public void BuildFromInsideANewSiteWritesItsOutputFolderAndWarnsAboutNothing()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "my-site");
        Assert.That(CliRun.Of("new", folder, "--name", "Ada Lovelace").ExitCode, Is.EqualTo(0));

        // What `cd my-site && scholarly build` does, with the folder named because tests share one current folder.
        var first = CliRun.Of("build", "--source", folder);
        var second = CliRun.Of("build", "--source", folder);

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(first.Error, Is.Empty, "a new site has nothing to warn about, its own output/ included");
        Assert.That(second.Error, Is.Empty, "nor once output/ exists");
        Assert.That(File.Exists(Path.Combine(folder, "output", "index.html")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(folder, ".gitignore")), Does.Contain("output/"));
    }
}
