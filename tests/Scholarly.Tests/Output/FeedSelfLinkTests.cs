using System.Xml.Linq;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Output;

/// <summary>Each feed names itself: a reader that follows rel="self" must land on the same feed, in the same format.</summary>
public class FeedSelfLinkTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Test]
    public void EveryFeedsIdAndSelfLinkAreItsOwnAddress()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01\ntags: [cs.LG]");
        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var path in new[] { "atom.xml", "tags/cs.lg/atom.xml" })
        {
            var feed = XDocument.Load(Path.Combine(site.OutputDirectory, path)).Root!;
            var own = "https://example.org/site/" + path;
            Assert.That(feed.Element(Atom + "id")!.Value, Is.EqualTo(own), path);
            Assert.That(SelfLink(feed.Elements(Atom + "link")), Is.EqualTo(own), path);
        }

        foreach (var path in new[] { "feed.xml", "tags/cs.lg/feed.xml" })
        {
            var channel = XDocument.Load(Path.Combine(site.OutputDirectory, path)).Root!.Element("channel")!;
            Assert.That(SelfLink(channel.Elements(Atom + "link")), Is.EqualTo("https://example.org/site/" + path), path);
        }
    }

    [Test]
    public void CheckReportsAFeedWhoseSelfLinkNamesAnotherFile()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [A]\ndate: 2024-01-01");
        Assert.That(site.Build().Succeeded, Is.True);
        var atom = Path.Combine(site.OutputDirectory, "atom.xml");
        File.WriteAllText(atom, File.ReadAllText(atom).Replace("site/atom.xml\" rel=\"self\"", "site/feed.xml\" rel=\"self\"", StringComparison.Ordinal));

        var run = CliRun.Of("check", site.OutputDirectory);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain("atom.xml\n  the feed's self link is https://example.org/site/feed.xml, not its own address (…/site/atom.xml)"));
    }

    private static string? SelfLink(IEnumerable<XElement> links) =>
        links.SingleOrDefault(l => l.Attribute("rel")?.Value == "self")?.Attribute("href")?.Value;
}
