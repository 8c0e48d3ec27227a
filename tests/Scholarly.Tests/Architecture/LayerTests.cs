using System.Text.RegularExpressions;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Architecture;

/// <summary>
/// The engine's folders are layers: the table in docs/architecture.md says which folder may use which, and no folder
/// uses one the table does not allow, so the graph stays acyclic and a folder can be read knowing only those below it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed partial class LayerTests
{
    private static readonly Lazy<FolderDependencies> Engine =
        new(() => FolderDependencies.Of(Path.Combine(RepositoryPaths.Root, "src", "Scholarly")));

    [Test]
    public void EveryFolderUsesOnlyTheFoldersTheArchitectureAllows()
    {
        var allowed = AllowedGraph();
        var outside = Engine.Value.Edges
            .Where(edge => !allowed.TryGetValue(edge.Key.From, out var uses) || !uses.Contains(edge.Key.To))
            .Select(edge => $"{edge.Key.From} → {edge.Key.To} ({string.Join(", ", edge.Value)})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(outside, Is.Empty, "uses the layer table in docs/architecture.md does not allow:\n" + string.Join("\n", outside));
    }

    [Test]
    public void TheTableNamesEveryFolderAndNothingElse()
    {
        Assert.That(AllowedGraph().Keys, Is.EquivalentTo(Engine.Value.Folders));
    }

    [Test]
    public void TheAllowedGraphHasNoCycle()
    {
        var allowed = AllowedGraph();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        var cycle = new List<string>();

        bool Visit(string folder, Stack<string> path)
        {
            if (state.TryGetValue(folder, out var done))
            {
                if (!done)
                {
                    cycle.AddRange(path.Reverse().SkipWhile(step => step != folder).Append(folder));
                }

                return done;
            }

            state[folder] = false;
            path.Push(folder);
            foreach (var used in allowed.GetValueOrDefault(folder, []))
            {
                if (!Visit(used, path))
                {
                    return false;
                }
            }

            path.Pop();
            state[folder] = true;
            return true;
        }

        var acyclic = allowed.Keys.All(folder => Visit(folder, new Stack<string>()));

        Assert.That(acyclic, Is.True, "cycle: " + string.Join(" → ", cycle));
    }

    [Test]
    public void TheReaderSeesQualifiedNamesExtensionsAndTheParentNamespaceNotJustUsings()
    {
        var project = Directory.CreateTempSubdirectory("scholarly-layers-").FullName;
        try
        {
            Write(project, "Options.cs", "namespace P; public sealed class Options { }");
            Write(project, "Low/Thing.cs", "namespace P.Low; public sealed class Thing { } public static class ThingText { public static string Shout(this string s) => s; }");
            Write(project, "Mid/Qualified.cs", "namespace P.Mid; internal static class Qualified { public static object Make() => new Low.Thing(); }");
            Write(project, "High/Parent.cs", "namespace P.High; internal static class Parent { public static Options Make() => new(); }");
            Write(project, "Ext/Extension.cs", "using P.Low; namespace P.Ext; internal static class Extension { public static string Loud() => \"x\".Shout(); }");
            Write(project, "Mid/Comment.cs", "namespace P.Mid; /// <summary>Not High.Parent: a comment is no use.</summary> internal static class Comment { }");

            var edges = FolderDependencies.Of(project).Edges;

            Assert.That(edges.Keys, Is.EquivalentTo(new[]
            {
                ("Mid", "Low"), ("High", FolderDependencies.TopLevel), ("Ext", "Low"),
            }));
            Assert.That(edges[("Ext", "Low")], Is.EquivalentTo(new[] { "Low", "Shout" }));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    private static void Write(string project, string file, string text)
    {
        var path = Path.Combine(project, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The table between the layer markers of docs/architecture.md: each folder and the folders it may use.</summary>
    private static Dictionary<string, HashSet<string>> AllowedGraph()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));
        var start = document.IndexOf("<!-- layers:begin -->", StringComparison.Ordinal);
        var end = document.IndexOf("<!-- layers:end -->", StringComparison.Ordinal);
        Assert.That(start >= 0 && end > start, "docs/architecture.md has the layer table between <!-- layers:begin --> and <!-- layers:end -->");
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match row in TableRow().Matches(document[start..end]))
        {
            var uses = row.Groups["uses"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(Unquote).Where(name => name != "—");
            graph[Unquote(row.Groups["folder"].Value)] = new HashSet<string>(uses, StringComparer.Ordinal);
        }

        return graph;
    }

    private static string Unquote(string cell) => cell.Trim().Trim('`');

    [GeneratedRegex(@"^\|\s*(?<folder>`[^`]+`)\s*\|(?<uses>[^|\n]*)\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
