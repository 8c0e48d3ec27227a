using Scholarly.Model;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// README: owner matches initials, the family name first, accents and marks by itself; other spellings in a list;
/// highlight: names others; a paper with a near miss and no match is a warning at its authors line.
/// </summary>
public class OwnerNamesTests
{
    private static TestSite Site(string owner) => new TestSite()
        .Write("site/scholarly.yml", TestSite.DefaultConfig.Replace("owner: Ada Lovelace", owner, StringComparison.Ordinal) + "\n")
        .Paper("initials", "title: Initials\nauthors: [C. Babbage, A. Lovelace]\ndate: 2024-01-01")
        .Paper("alias", "title: Alias\nauthors: [Augusta Ada King, Mary Somerville]\ndate: 2024-02-01")
        .Paper("typo", "title: Typo\nauthors: [Charles Babbage, Ada Lovelance]\ndate: 2024-03-01");

    private static string[] Marked(TestSite site, string slug, string css) =>
        [.. site.Html($"papers/{slug}/index.html").QuerySelectorAll($"main .authors strong.{css}").Select(s => s.TextContent)];

    [Test]
    public void TheOwnerIsFoundUnderEveryNameAndOthersAreHighlighted()
    {
        using var site = Site("owner: [Ada Lovelace, Augusta Ada King]\nhighlight: [Charles Babbage, Mary Somerville]");
        var result = site.Build();
        Assert.That(result.Succeeded, Is.True);

        Assert.That(Marked(site, "initials", "owner"), Is.EqualTo(new[] { "A. Lovelace" }));
        Assert.That(Marked(site, "initials", "highlighted"), Is.EqualTo(new[] { "C. Babbage" }));
        Assert.That(Marked(site, "alias", "owner"), Is.EqualTo(new[] { "Augusta Ada King" }));
        Assert.That(Marked(site, "alias", "highlighted"), Is.EqualTo(new[] { "Mary Somerville" }));
    }

    [TestCase("Lin Qiu", "Lin Qu", true)]
    [TestCase("Ada Lovelance", "Ada Lovelace", true)]
    [TestCase("Charles Babbage", "Ada Lovelace", false)]
    [TestCase("A. Lovelace", "Ada Lovelace", false)]
    public void ANearMissIsALetterOrTwoAway(string candidate, string person, bool near) =>
        Assert.That(SiteAssembler.IsNearMiss(candidate, person), Is.EqualTo(near));

    [Test]
    public void ANearMissWhereTheOwnerIsMissingIsAWarningWithTheFix()
    {
        using var site = Site("owner: Ada Lovelace");
        var result = site.Build();
        Assert.That(result.Succeeded, Is.True);

        Assert.That(Marked(site, "typo", "owner"), Is.Empty);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "papers/typo.md:3: warning: 'Ada Lovelance' looks like the owner, Ada Lovelace, but is not taken for them; if it is you, list it with your name in scholarly.yml (owner: [Ada Lovelace, Ada Lovelance])",
        }), "the paper with initials matched, the alias paper has no near miss");
    }
}
