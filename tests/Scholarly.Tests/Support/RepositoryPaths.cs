namespace Scholarly.Tests.Support;

/// <summary>Folders of this repository, found from the test assembly's location upwards (the folder that has Scholarly.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Themes => Path.Combine(Root, "themes");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Scholarly.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Scholarly.sln not found above " + AppContext.BaseDirectory);
    }
}
