using Scholarly.Tests.Support;

namespace Scholarly.Tests.Output;

/// <summary>
/// What a site no longer has leaves the output: the second tree (see StagingFolder) is walked once before the swap, a
/// file the build did not make goes, a folder left empty goes with it, a link goes without what it points to.
/// </summary>
[TestFixture]
public sealed class StaleFilesTests
{
    private static string Paper(string title, string tag) => $"title: {title}\nauthors: [A]\ndate: 2024-01-01\ntags: [{tag}]";

    [Test]
    public void ARemovedPaperAndWhatEarlierBuildsLeftGoFromBothTreesAndNothingElseDoes()
    {
        using var site = new TestSite()
            .Paper("kept", Paper("Kept", "shared"))
            .Paper("gone", Paper("Gone", "only-gone"))
            .Write("elsewhere/notes.txt", "precious");
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Build().Succeeded, Is.True, "a second build, so that the second tree is the first build's output");
        var second = Path.Combine(site.Root, ".out.swap");
        Assert.That(Directory.Exists(Path.Combine(second, "papers", "gone")), Is.True, "the second tree holds the earlier site");

        // What a killed build or a hand might leave in the second tree: a file deep in new folders, a hidden file, a link to a folder.
        Directory.CreateDirectory(Path.Combine(second, "deep", "er", "still"));
        File.WriteAllText(Path.Combine(second, "deep", "er", "still", "left.html"), "left");
        File.WriteAllText(Path.Combine(second, "papers", "kept", ".hidden"), "left");
        File.CreateSymbolicLink(Path.Combine(second, "papers", "linked"), Path.Combine(site.Root, "elsewhere"));
        File.Delete(Path.Combine(site.SiteDirectory, "papers", "gone.md"));

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Build().Succeeded, Is.True, "and once more, so that both trees have been made without the paper");

        using var clean = new TestSite().Paper("kept", Paper("Kept", "shared"));
        Assert.That(clean.Build().Succeeded, Is.True);
        var expected = FilesOf(clean.OutputDirectory);
        Assert.That(FilesOf(site.OutputDirectory), Is.EqualTo(expected), "the output is what a clean build writes");
        Assert.That(FoldersOf(site.OutputDirectory), Is.EqualTo(FoldersOf(clean.OutputDirectory)), "no folder left empty");
        Assert.That(FilesOf(second), Is.EqualTo(expected), "and so is the second tree");
        Assert.That(FoldersOf(second), Is.EqualTo(FoldersOf(clean.OutputDirectory)));
        Assert.That(File.ReadAllText(Path.Combine(site.Root, "elsewhere", "notes.txt")), Is.EqualTo("precious"), "the link went, not its folder");
    }

    private static string[] FilesOf(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(path => !Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static string[] FoldersOf(string folder) =>
        [.. Directory.EnumerateDirectories(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
