using System.Text;

namespace Scholarly.Tests.Support;

/// <summary>The inline site format keeps files byte for byte, and can hold what a string literal cannot show.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SiteTextTests
{
    [Test]
    public void EachFileRunsToTheNextMarkerWithItsMarksApplied()
    {
        var files = SiteText.Parse("""
            -- scholarly.yml --
            title: T
            -- papers/a.md (crlf) (bom) --
            ---
            title: A
            ---
            -- static/raw.txt (no newline) --
            no break at the end

            """);

        Assert.That(files.Select(f => f.Path), Is.EqualTo(new[] { "scholarly.yml", "papers/a.md", "static/raw.txt" }));
        Assert.That(files[0].Bytes, Is.EqualTo(Encoding.UTF8.GetBytes("title: T\n")));
        Assert.That(files[1].Bytes, Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\n"))));
        Assert.That(files[2].Bytes, Is.EqualTo(Encoding.UTF8.GetBytes("no break at the end")), "the last line break goes");
    }

    [Test]
    public void AnUnknownMarkOrTextBeforeTheFirstFileIsAMistakeInTheTest()
    {
        Assert.Throws<FormatException>(() => SiteText.Parse("-- a.md (utf16) --\nx\n"));
        Assert.Throws<FormatException>(() => SiteText.Parse("stray\n-- a.md --\nx\n"));
    }
}
