using System.Text.Json;
using Scholarly.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Scholarly.Tests.Cli;

/// <summary>
/// The deploy a new site gets and the release that feeds it, read as GitHub Actions reads them: YAML whose steps
/// restore the exact tool version the site was made with, build, check and deploy with the Pages actions.
/// </summary>
public class WorkflowTests
{
    [Test]
    public void ANewSitePinsTheToolThatMadeIt()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "s");
        Assert.That(CliRun.Of("new", folder).ExitCode, Is.EqualTo(0));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".config", "dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("scholarly");
        Assert.That(tool.GetProperty("version").GetString(), Is.EqualTo(Scholarly.Cli.Commands.NewCommand.ToolVersion).And.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(tool.GetProperty("commands")[0].GetString(), Is.EqualTo("scholarly"));
        Assert.That(manifest.RootElement.GetProperty("isRoot").GetBoolean(), Is.True);
    }

    [Test]
    public void TheSitesWorkflowRestoresThePinnedToolBuildsChecksAndDeploysWithThePagesActions()
    {
        using var temp = new TestSite();
        var folder = Path.Combine(temp.Root, "s");
        Assert.That(CliRun.Of("new", folder).ExitCode, Is.EqualTo(0));

        var workflow = Load(Path.Combine(folder, ".github", "workflows", "pages.yml"));

        var on = (YamlMappingNode)workflow["on"];
        Assert.That(Scalars(on["push"]["branches"]), Is.EqualTo(new[] { "main", "master" }), "git init names the first branch master unless told otherwise");
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.That(permissions["pages"].ToString(), Is.EqualTo("write"));
        Assert.That(permissions["id-token"].ToString(), Is.EqualTo("write"));

        var build = Steps(workflow, "build");
        var runs = build.Select(s => s.Run).ToList();
        var restore = runs.IndexOf("dotnet tool restore");
        Assert.That(restore, Is.GreaterThanOrEqualTo(0), "the tool comes from the site's manifest, at its pinned version");
        Assert.That(runs.FindIndex(r => r?.StartsWith("dotnet scholarly build --base-url", StringComparison.Ordinal) == true), Is.GreaterThan(restore));
        Assert.That(runs, Does.Contain("dotnet scholarly check"));
        Assert.That(runs.Where(r => r is not null), Has.None.Contains("tool install"), "nothing floats to whatever NuGet has later");
        var upload = build.Single(s => s.Uses == "actions/upload-pages-artifact@v3");
        Assert.That(runs.IndexOf("rm -f output/.scholarly-output"), Is.InRange(0, build.IndexOf(upload)), "Scholarly's marker is not published");
        Assert.That(upload.With!["path"].ToString(), Is.EqualTo("output"), "what `scholarly build` writes in a site folder");
        Assert.That(Steps(workflow, "deploy").Select(s => s.Uses), Does.Contain("actions/deploy-pages@v4"));
    }

    [Test]
    public void AVersionTagTestsPacksAndPushesTheToolToNuGet()
    {
        var workflow = Load(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml"));

        Assert.That(Scalars(workflow["on"]["push"]["tags"]).Single(), Does.StartWith("v"));
        var steps = Steps(workflow, "release");
        var runs = steps.Select(s => s.Run ?? "").ToList();
        var test = runs.FindIndex(r => r.Contains("bash .ci/run", StringComparison.Ordinal));
        var pack = runs.FindIndex(r => r.Contains("dotnet pack src/Scholarly.Cli", StringComparison.Ordinal) && r.Contains("-p:Version=\"$VERSION\"", StringComparison.Ordinal));
        var push = runs.FindIndex(r => r.StartsWith("dotnet nuget push", StringComparison.Ordinal));
        Assert.That(test, Is.GreaterThanOrEqualTo(0), "the tests run first");
        Assert.That(pack, Is.GreaterThan(test));
        Assert.That(push, Is.GreaterThan(pack));
        Assert.That(runs[push], Does.Contain("${{ secrets.NUGET_API_KEY }}").And.Contain("https://api.nuget.org/v3/index.json"));
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private sealed record Step(string? Run, string? Uses, YamlMappingNode? With);

    private static List<Step> Steps(YamlMappingNode workflow, string job) =>
        [.. ((YamlSequenceNode)workflow["jobs"][job]["steps"]).Cast<YamlMappingNode>().Select(step => new Step(
            step.Children.TryGetValue("run", out var run) ? run.ToString().Trim() : null,
            step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : null,
            step.Children.TryGetValue("with", out var with) ? (YamlMappingNode)with : null))];

    private static string[] Scalars(YamlNode node) => [.. ((YamlSequenceNode)node).Select(n => n.ToString())];
}
