using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>docs/content.md: "Files are UTF-8; a byte order mark and Windows line endings are accepted."</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LineEndingTests
{
    [Test]
    public void ASiteWrittenOnWindowsBuildsAsTheSameSiteWrittenElsewhere()
    {
        const string Files = """
            -- scholarly.yml{0} --
            title: Windows Site
            base_url: https://example.org/
            build_date: 2026-06-01
            -- profile.md{0} --
            ---
            name: Ada Lovelace
            ---
            Notes on the *engine*.
            -- papers/seeing.md{0} --
            ---
            title: "Seeing: a study"
            authors: [Ada Lovelace, Charles Babbage]
            date: 2024-02-05
            tags: [Vision]
            abstract: |
              First line.
              Second line.
            ---
            Body with a [link](https://example.org/).
            """;
        using var unix = SiteText.Site(string.Format(System.Globalization.CultureInfo.InvariantCulture, Files, ""));
        using var windows = SiteText.Site(string.Format(System.Globalization.CultureInfo.InvariantCulture, Files, " (crlf) (bom)"));
        Assert.That(File.ReadAllBytes(Path.Combine(windows.SiteDirectory, "papers", "seeing.md"))[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));

        var unixResult = unix.Build();
        var windowsResult = windows.Build();

        Assert.That(windowsResult.Succeeded, Is.True, string.Join("\n", windowsResult.Diagnostics));
        Assert.That(windowsResult.Diagnostics, Is.Empty);
        Assert.That(unixResult.Succeeded, Is.True);
        foreach (var page in new[] { "index.html", "papers/seeing/index.html", "papers/seeing/cite.bib", "feed.xml" })
        {
            Assert.That(windows.Read(page), Is.EqualTo(unix.Read(page)), page);
        }

        Assert.That(windows.Html("papers/seeing/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Seeing: a study"));
        Assert.That(windows.Read("papers/seeing/index.html"), Does.Not.Contain("\r"));
    }
}
