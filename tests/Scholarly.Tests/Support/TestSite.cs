using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Scholarly.Tests.Support;

/// <summary>
/// A small site declared inline, as text files in a temporary folder: build it and look at what it wrote.
/// Starts with a valid config and profile, so a test states only what it is about.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string DefaultConfig = """
        title: Test Site
        base_url: https://example.org/site/
        owner: Ada Lovelace
        build_date: 2026-06-01
        """;

    public const string DefaultProfile = """
        ---
        name: Ada Lovelace
        affiliation: Analytical Engine Society
        links:
          - label: CV
            url: cv.pdf
        metrics:
          - label: h-index
            value: "12"
        ---
        Notes on the *Analytical Engine*.
        """;

    private static readonly HtmlParser Parser = new();

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("site/scholarly.yml", DefaultConfig);
        Write("site/profile.md", DefaultProfile);
        Write("site/static/cv.pdf", "%PDF-1.4\n% a stand-in CV\n");
    }

    /// <summary>The temporary folder: the site is in <c>site/</c>, the output in <c>out/</c>.</summary>
    public string Root { get; }

    public string SiteDirectory => Path.Combine(Root, "site");

    public string OutputDirectory => Path.Combine(Root, "out");

    /// <summary>Writes a file of the test's site (path relative to <see cref="Root"/>), with \n line endings.</summary>
    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return this;
    }

    /// <summary>Writes a file of the test's site as bytes (an image, say).</summary>
    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Adds a paper file with the given front matter lines (and an optional body).</summary>
    public TestSite Paper(string slug, string frontMatter, string body = "") =>
        Write($"site/papers/{slug}.md", $"---\n{frontMatter.Trim()}\n---\n{body}");

    public BuildResult Build(bool drafts = false, string? theme = null, string? baseUrl = null) =>
        SiteBuilder.Build(new BuildOptions(SiteDirectory, OutputDirectory, theme, baseUrl, drafts, BuiltInThemesDirectory: RepositoryPaths.Themes));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(OutputDirectory, outputPath));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(OutputDirectory, outputPath));

    public IDocument Html(string outputPath) => Parser.ParseDocument(Read(outputPath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
