using Scholarly.Model;

namespace Scholarly.Tests.Model;

public class DateTextTests
{
    [Test]
    public void OmitsTheYearWithinTheReferenceYear()
    {
        Assert.That(DateText.Display(new DateOnly(2026, 5, 28), 2026), Is.EqualTo("May 28"));
        Assert.That(DateText.Display(new DateOnly(2022, 5, 23), 2026), Is.EqualTo("May 23, 2022"));
        Assert.That(DateText.Display(new DateOnly(2025, 12, 31), 2026), Is.EqualTo("Dec 31, 2025"));
    }

    [Test]
    public void WritesRfc822AndIso()
    {
        Assert.That(DateText.Rfc822(new DateOnly(2026, 5, 28)), Is.EqualTo("Thu, 28 May 2026 00:00:00 +0000"));
        Assert.That(DateText.Iso(new DateOnly(2026, 1, 4)), Is.EqualTo("2026-01-04"));
    }
}
