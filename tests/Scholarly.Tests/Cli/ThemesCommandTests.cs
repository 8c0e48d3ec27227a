using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

public class ThemesCommandTests
{
    [Test]
    public void ListsTheSitesOwnThemesThenTheBuiltInOnesWithDescriptions()
    {
        using var site = new TestSite().Write("site/themes/mine/theme.yml", "description: My own look\nextends: minimal\n");

        var run = CliRun.Of("themes", "--source", site.SiteDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Out.Trim().Split('\n');
        Assert.That(lines[0], Does.Match(@"^mine\s+site\s+My own look \(extends minimal\)$"));
        Assert.That(lines.Skip(1).Select(l => l.Split(' ')[0]), Is.EqualTo(new[] { "minimal", "scholar", "sidebar" }));
        Assert.That(lines.Skip(1), Has.All.Contains("built-in"));
    }
}
