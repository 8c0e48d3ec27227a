using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// Nothing from outside the site reaches the output: symbolic links are never followed (each is a warning naming
/// it), and paths in front matter cannot climb out of the site root.
/// </summary>
public class ContainmentTests
{
    private const string Paper = "title: P\nauthors: [A]\ndate: 2024-01-01";
    private const string Secret = "root:x:0:0:SECRET";

    private static TestSite SiteWithASecretBeside()
    {
        // A profile without the CV link: a static/ that is not followed has no cv.pdf, and that would be an error of its own.
        var site = new TestSite().Paper("p", Paper).Write("outside/secret.txt", Secret).Write("outside/page.html", "<p>" + Secret + "</p>")
            .Write("site/profile.md", "---\nname: Ada Lovelace\n---\n");
        return site;
    }

    private static void AssertNothingLeaked(TestSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain("SECRET"), file);
        }
    }

    [Test]
    public void StaticAsALinkToAFolderOutsideIsNotPublished()
    {
        using var site = SiteWithASecretBeside();
        Directory.Delete(Path.Combine(site.SiteDirectory, "static"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "static"), Path.Combine(site.Root, "outside"));

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(site.Exists("secret.txt"), Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith($"static: warning: a symbolic link (to {Path.Combine(site.Root, "outside")}) is not followed, so what it points to is not published"));
        AssertNothingLeaked(site);
    }

    [Test]
    public void AFileLinkInStaticIsNotPublishedAndIsNamed()
    {
        using var site = SiteWithASecretBeside();
        File.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "static", "leak.txt"), Path.Combine(site.Root, "outside", "secret.txt"));

        var result = site.Build();

        Assert.That(site.Exists("leak.txt"), Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("static/leak.txt: warning: a symbolic link"));
    }

    [Test]
    public void PapersAsALinkAreNotRead()
    {
        using var site = SiteWithASecretBeside().Write("elsewhere/q.md", "---\ntitle: Q\nauthors: [A]\ndate: 2024-01-01\n---\n");
        Directory.Delete(Path.Combine(site.SiteDirectory, "papers"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "papers"), Path.Combine(site.Root, "elsewhere"));

        var result = site.Build();

        Assert.That(site.Exists("papers/q/index.html"), Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("papers: warning: a symbolic link").And.Some.Contains("not read"));
    }

    [TestCase("layouts/404.html")]
    [TestCase("layouts/partials/site-footer.html")]
    public void ALayoutOrPartialThatIsALinkIsPassedOverForTheThemes(string template)
    {
        using var site = SiteWithASecretBeside();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.SiteDirectory, template))!);
        File.CreateSymbolicLink(Path.Combine(site.SiteDirectory, template), Path.Combine(site.Root, "outside", "page.html"));

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith($"{template}: warning: a symbolic link").And.Some.Contains("not used as a template"));
        AssertNothingLeaked(site);
    }

    [Test]
    public void ASiteThemeWhoseAssetsAreALinkPublishesNoneOfThem()
    {
        using var site = SiteWithASecretBeside()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ntheme: mine")
            .Write("site/themes/mine/theme.yml", "name: mine\nextends: scholar");
        Directory.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "themes", "mine", "assets"), Path.Combine(site.Root, "outside"));

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(site.Exists("assets/secret.txt"), Is.False);
        Assert.That(site.Exists("assets/style.css"), Is.True, "the parent theme's assets still come");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("themes/mine/assets: warning: a symbolic link"));
    }

    [Test]
    public void AThemeFolderThatIsALinkIsNotUsed()
    {
        using var site = SiteWithASecretBeside().Write("site/scholarly.yml", TestSite.DefaultConfig + "\ntheme: linked").Write("outside/linked/theme.yml", "name: linked");
        Directory.CreateDirectory(Path.Combine(site.SiteDirectory, "themes"));
        Directory.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "themes", "linked"), Path.Combine(site.Root, "outside", "linked"));

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("themes/linked: warning: a symbolic link").And.Some.Contains("unknown theme 'linked'"));
    }

    [TestCase("scholarly.yml")]
    [TestCase("profile.md")]
    public void AConfigOrProfileThatIsALinkIsAnError(string file)
    {
        using var site = SiteWithASecretBeside();
        File.Move(Path.Combine(site.SiteDirectory, file), Path.Combine(site.Root, "outside", file));
        File.CreateSymbolicLink(Path.Combine(site.SiteDirectory, file), Path.Combine(site.Root, "outside", file));

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith($"{file}: error: {file} is a symbolic link"));
    }

    [TestCase("links:\n  pdf: ../../../etc/passwd", 6)]
    [TestCase("links:\n  pdf: files/../../secret.txt", 6)]
    [TestCase("links:\n  slides: '%2e%2e/%2e%2e/etc/passwd'", 6)]
    public void APaperPathThatClimbsOutOfTheSiteIsAnErrorAtItsLine(string frontMatter, int line)
    {
        using var site = new TestSite().Paper("q", Paper + "\n" + frontMatter);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith($"papers/q.md:{line}").And.Contain("leads outside the site"));
    }

    [Test]
    public void APhotoThatClimbsOutOfTheSiteIsAnError()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/profile.md", "---\nname: Ada\nphoto: ../../../../etc/passwd\n---\n");

        var result = site.Build();

        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith("profile.md:3").And.Contain("leads outside the site"));
    }

    [Test]
    public void APathThatStaysInsideIsFine()
    {
        using var site = new TestSite().Paper("p", Paper + "\nlinks:\n  pdf: files/old/../paper.pdf").Write("site/static/files/paper.pdf", "%PDF");

        Assert.That(site.Build().Succeeded, Is.True);
    }

    [TestCase("links:\n  pdf: files/missing.pdf", "link 'pdf': the site has no 'files/missing.pdf'; a file for it goes in static/files/missing.pdf")]
    [TestCase("links:\n  pdf: /etc/passwd", "link 'pdf': the site has no 'etc/passwd'")]
    [TestCase("links:\n  project: papers/nope/", "link 'project': the site has no 'papers/nope/'")]
    public void ALinkToAPathTheSiteDoesNotHaveIsAnErrorAtItsLine(string frontMatter, string message)
    {
        using var site = new TestSite().Paper("q", Paper + "\n" + frontMatter);

        var error = site.Build().Diagnostics.Single(d => d.IsError).ToString();

        Assert.That(error, Is.EqualTo($"papers/q.md:6: error: {message}").Or.StartWith($"papers/q.md:6: error: {message}"));
    }

    [Test]
    public void LinksToPagesAndFilesTheSiteHasAreFine()
    {
        using var site = new TestSite()
            .Paper("q", Paper + "\nlinks:\n  project: papers/other/\n  slides: tags/x/#top\n  pdf: files/q.pdf?v=2")
            .Paper("other", Paper + "\ntags: [x]")
            .Write("site/static/files/q.pdf", "%PDF");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void ImportRefusesToWriteThroughAPapersLink()
    {
        using var site = SiteWithASecretBeside().Write("refs.bib", "@misc{a, title={A}, author={B, C}, year={2020}}");
        Directory.Delete(Path.Combine(site.SiteDirectory, "papers"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.SiteDirectory, "papers"), Path.Combine(site.Root, "outside"));

        var run = CliRun.Of("import", Path.Combine(site.Root, "refs.bib"), "--into", site.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("papers is a symbolic link"));
        Assert.That(Directory.GetFiles(Path.Combine(site.Root, "outside")), Has.Length.EqualTo(2), "nothing was written where the link leads");
    }
}
