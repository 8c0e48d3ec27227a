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
}
