using System.Text.Json;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// docs/content.md: an author marked equal (* or equal: true) or corresponding († or corresponding: true) shows the
/// mark on the paper's page with a legend, is matched by name without it, and the exports carry the marks as a note.
/// </summary>
public class AuthorMarksTests
{
    private static TestSite Site() => new TestSite()
        .Paper("marked", "title: Marked\nauthors:\n  - Ada Lovelace*\n  - name: Charles Babbage\n    equal: true\n  - Mary Somerville†\ndate: 2024-01-01")
        .Paper("plain", "title: Plain\nauthors: [Ada Lovelace, Charles Babbage]\ndate: 2024-02-01");

    [TestCase("scholar")]
    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void MarksShowOnThePaperPageWithWhatTheyMean(string theme)
    {
        using var site = Site();
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var page = site.Html("papers/marked/index.html");
        var line = page.QuerySelector("main :is(.authors-full, .byline)")!;
        Assert.That(line.TextContent, Is.EqualTo("Ada Lovelace*, Charles Babbage*, Mary Somerville†"));
        Assert.That(line.QuerySelector("strong.owner")!.TextContent, Is.EqualTo("Ada Lovelace"), "the owner is matched without the mark");
        Assert.That(line.QuerySelectorAll("sup.author-mark").Select(s => s.GetAttribute("title")), Is.EqualTo(new[] { "Equal contribution", "Equal contribution", "Corresponding author" }));
        Assert.That(page.QuerySelector("main .author-legend")!.TextContent, Does.Contain("Equal contribution").And.Contain("Corresponding author"));

        Assert.That(site.Html("papers/plain/index.html").QuerySelector("main .author-legend"), Is.Null, "no marks, no legend");
        var card = site.Html("index.html").QuerySelectorAll("main :is(article.card, li.entry)").Single(c => c.TextContent.Contains("Marked", StringComparison.Ordinal));
        Assert.That(card.QuerySelectorAll("sup"), Is.Empty, "a card's short list leaves the marks to the paper's page");
    }

    [Test]
    public void TheExportsCarryTheMarksAsANote()
    {
        using var site = Site();
        Assert.That(site.Build().Succeeded, Is.True);

        const string note = "Equal contribution: Ada Lovelace, Charles Babbage. Corresponding author: Mary Somerville.";
        Assert.That(site.Read("papers/marked/cite.bib"), Does.Contain("author = {Ada Lovelace and Charles Babbage and Mary Somerville}").And.Contain("note = {" + note + "}"));
        Assert.That(site.Read("papers/marked/cite.ris"), Does.Contain("N1  - " + note + "\r\n"));
        using var json = JsonDocument.Parse(site.Read("papers/marked/cite.json"));
        Assert.That(json.RootElement[0].GetProperty("note").GetString(), Is.EqualTo(note));
        Assert.That(site.Read("papers/plain/cite.bib"), Does.Not.Contain("note ="));
    }
}
