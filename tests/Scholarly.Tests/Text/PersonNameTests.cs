using Scholarly.Text;

namespace Scholarly.Tests.Text;

public class PersonNameTests
{
    [TestCase("Ada Lovelace", "Ada Lovelace")]
    [TestCase("A. Lovelace", "Ada Lovelace")]
    [TestCase("A Lovelace", "Ada Lovelace")]
    [TestCase("Lovelace, Ada", "Ada Lovelace")]
    [TestCase("Lovelace, A.", "Ada Lovelace")]
    [TestCase("Qu Lin", "Lin Qu")]
    [TestCase("Lin Qu*", "Lin Qu")]
    [TestCase("Lin Qu†", "Lin Qu")]
    [TestCase("J.-P. Dupont", "Jean-Pierre Dupont")]
    [TestCase("Élena Marković", "Elena Markovic")]
    public void TheSamePersonWrittenAnotherWayMatches(string candidate, string person) =>
        Assert.That(PersonName.Matches(candidate, person), Is.True);

    [TestCase("Ann Lovelace", "Ada Lovelace")]
    [TestCase("B. Lovelace", "Ada Lovelace")]
    [TestCase("Ada King Lovelace", "Ada Lovelace")]
    [TestCase("Lin Qiu", "Lin Qu")]
    [TestCase("Ada", "Ada Lovelace")]
    public void SomeoneElseDoesNot(string candidate, string person) =>
        Assert.That(PersonName.Matches(candidate, person), Is.False);

    [TestCase("Lin Qiu", "Lin Qu", true)]
    [TestCase("Ada Lovelance", "Ada Lovelace", true)]
    [TestCase("Charles Babbage", "Ada Lovelace", false)]
    [TestCase("A. Lovelace", "Ada Lovelace", false)]
    public void ANearMissIsALetterOrTwoAway(string candidate, string person, bool near) =>
        Assert.That(PersonName.IsNearMiss(candidate, person), Is.EqualTo(near));
}
