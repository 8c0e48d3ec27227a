using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Tests.Model;

public class AuthorLineTests
{
    private static readonly string[] Five = ["Ann Lee", "Bo Li", "Cy Ng", "Lin Qu", "Di Wu"];

    [Test]
    public void ShortListsArePrintedWhole()
    {
        var (entries, etAl) = AuthorLine.Shorten(["Ann Lee", "Lin Qu"], false, ["Lin Qu"], 3);

        Assert.That(entries.Select(e => (e.Name, e.IsOwner)), Is.EqualTo(new[] { ("Ann Lee", false), ("Lin Qu", true) }));
        Assert.That(etAl, Is.False);
    }

    [Test]
    public void LongListsAreCutWithEtAl()
    {
        var (entries, etAl) = AuthorLine.Shorten(Five, false, [], 3);

        Assert.That(entries.Select(e => e.Name), Is.EqualTo(new[] { "Ann Lee", "Bo Li", "Cy Ng" }));
        Assert.That(etAl, Is.True);
    }

    [Test]
    public void TheOwnerBeyondTheCutIsStillShownAfterAGap()
    {
        var (entries, etAl) = AuthorLine.Shorten(Five, false, ["lin  QU"], 2);

        Assert.That(entries.Select(e => e.IsGap ? "…" : e.Name), Is.EqualTo(new[] { "Ann Lee", "Bo Li", "…", "Lin Qu" }));
        Assert.That(entries.Single(e => e.IsOwner).Name, Is.EqualTo("Lin Qu"));
        Assert.That(etAl, Is.True);
    }

    [Test]
    public void AListWrittenWithEtAlKeepsIt()
    {
        var (_, etAl) = AuthorLine.Shorten(["Ann Lee", "Bo Li"], true, [], 3);

        Assert.That(etAl, Is.True);
    }

    [Test]
    public void OwnerMatchingIgnoresCaseAccentsAndSpacing()
    {
        Assert.That(AuthorName.SamePerson("Elena Marković", "elena  markovic"), Is.True);
        Assert.That(AuthorName.SamePerson("Elena Marković", "Elena Markov"), Is.False);
        Assert.That(AuthorName.SamePerson("Marković, Elena", "Elena Markovic"), Is.True, "the owner may be written family name first");
    }
}
