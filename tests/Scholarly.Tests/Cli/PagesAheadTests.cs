using System.Text;
using Scholarly.Cli.Serving;

namespace Scholarly.Tests.Cli;

/// <summary>serve's pages held in memory ahead of publishing: never replaced by an older save's, dropped only by the build that covered them.</summary>
public class PagesAheadTests
{
    [Test]
    public void AnOlderSavesPageNeverReplacesANewerOnesAndTheSameBytesAreNotAnnouncedAgain()
    {
        var ahead = new PagesAhead();

        Assert.That(ahead.Offer("papers/p/index.html", "<p>second save</p>", generation: 2), Is.EqualTo("/papers/p/"));
        Assert.That(ahead.Offer("papers/p/index.html", "<p>first save</p>", generation: 1), Is.Null, "the rebuild of the first save finished its page after the second save's preview");
        Assert.That(Text(ahead.Find("/papers/p/")), Is.EqualTo("<p>second save</p>"));
        Assert.That(Text(ahead.Find("/papers/p/index.html")), Is.EqualTo("<p>second save</p>"), "both paths a browser asks for");
        Assert.That(ahead.Offer("papers/p/index.html", "<p>second save</p>", generation: 2), Is.Null, "made again as it was: no second reload");
        Assert.That(ahead.Offer("papers/p/index.html", "<p>second save, as rebuilt</p>", generation: 2), Is.EqualTo("/papers/p/"), "the rebuild's page differs from its preview: announced");
    }

    [Test]
    public void AFinishedBuildDropsThePagesOfTheSavesItCoveredAndKeepsNewerOnes()
    {
        var ahead = new PagesAhead();
        ahead.Offer("papers/p/index.html", "p", generation: 1);
        ahead.Offer("papers/q/index.html", "q", generation: 3);

        ahead.DropUpTo(2);

        Assert.That(ahead.Find("/papers/p/"), Is.Null, "published: the page on disk is served");
        Assert.That(Text(ahead.Find("/papers/q/")), Is.EqualTo("q"), "a save newer than the build stays until its own rebuild is published");
    }

    private static string? Text(byte[]? html) => html is null ? null : Encoding.UTF8.GetString(html);
}
