using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

public class NewCommandTests
{
    [Test]
    public void ANewSiteBuildsCleanAndChecksClean()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "my-site");
        var output = Path.Combine(temp.Root, "my-site-output");

        var created = CliRun.Of("new", folder, "--name", "Ada Lovelace");
        Assert.That(created.ExitCode, Is.EqualTo(0), created.Error);
        foreach (var file in new[] { "scholarly.yml", "profile.md", "papers/an-example-paper.md", "papers/a-second-paper.md", ".gitignore", ".github/workflows/pages.yml", "static/.gitkeep" })
        {
            Assert.That(File.Exists(Path.Combine(folder, file)), Is.True, file);
        }

        var built = CliRun.Of("build", "--source", folder, "--output", output);
        Assert.That(built.ExitCode, Is.EqualTo(0), built.Error);
        Assert.That(built.Error, Is.Empty, "no warnings");
        Assert.That(CliRun.Of("check", output).ExitCode, Is.EqualTo(0));

        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.That(home.QuerySelector("h1")!.TextContent, Is.EqualTo("Ada Lovelace"));
        Assert.That(home.QuerySelectorAll(".owner").Select(o => o.TextContent), Is.All.EqualTo("Ada Lovelace"));
    }

    [Test]
    public void TheConfigExplainsEveryKeyTheLoaderKnows()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "s");
        Assert.That(CliRun.Of("new", folder).ExitCode, Is.EqualTo(0));

        var config = File.ReadAllText(Path.Combine(folder, "scholarly.yml"));
        foreach (var key in new[] { "title", "description", "base_url", "language", "theme", "owner", "authors_before_et_al", "feed", "relative_links", "metrics", "coauthors", "cname", "disable_kinds", "build_date", "params" })
        {
            Assert.That(config, Does.Match($"(?m)^#? ?{key}:"), key);
        }

        var workflow = File.ReadAllText(Path.Combine(folder, ".github", "workflows", "pages.yml"));
        Assert.That(workflow, Does.Contain("actions/upload-pages-artifact").And.Contain("actions/deploy-pages").And.Contain("scholarly build"));
    }

    [Test]
    public void ItRefusesAFolderThatIsNotEmptyUnlessForced()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "site");

        var refused = CliRun.Of("new", folder);
        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.Error, Does.Contain("not empty"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "profile.md")), Does.Contain("Ada Lovelace"), "nothing was touched");

        Assert.That(CliRun.Of("new", folder, "--force").ExitCode, Is.EqualTo(0));
        Assert.That(File.ReadAllText(Path.Combine(folder, "profile.md")), Does.Contain("Your Name"));
    }
}
