using Scholarly.Content;
using Scholarly.Diagnostics;

namespace Scholarly.Tests.Content;

public class FrontMatterTests
{
    [Test]
    public void SplitsYamlFromBody()
    {
        var bag = new DiagnosticBag();
        var front = FrontMatter.Split("---\ntitle: A\n---\nBody *text*\n", "p.md", bag);

        Assert.That(front, Is.Not.Null);
        Assert.That(front!.Yaml, Is.EqualTo("title: A\n"));
        Assert.That(front.Body, Is.EqualTo("Body *text*\n"));
        Assert.That(front.YamlLineOffset, Is.EqualTo(1));
        Assert.That(bag.HasErrors, Is.False);
    }

    [Test]
    public void AcceptsTrailingBlanksOnFencesAndAnEmptyBody()
    {
        var front = FrontMatter.Split("---  \ntitle: A\n--- \n", "p.md", new DiagnosticBag());

        Assert.That(front!.Yaml, Is.EqualTo("title: A\n"));
        Assert.That(front.Body, Is.Empty);
    }

    [Test]
    public void DashesInsideTheYamlAreNotAFence()
    {
        var front = FrontMatter.Split("---\ntitle: a---b\nx: ----\n---\n", "p.md", new DiagnosticBag());

        Assert.That(front!.Yaml, Is.EqualTo("title: a---b\nx: ----\n"));
    }

    [Test]
    public void MissingOpeningFenceIsAnErrorOnLineOne()
    {
        var bag = new DiagnosticBag();

        Assert.That(FrontMatter.Split("title: A\n", "papers/x.md", bag), Is.Null);
        var error = bag.Sorted().Single();
        Assert.That(error.ToString(), Does.StartWith("papers/x.md:1:1: error: expected front matter"));
    }

    [Test]
    public void UnclosedFrontMatterIsAnError()
    {
        var bag = new DiagnosticBag();

        Assert.That(FrontMatter.Split("---\ntitle: A\nbody\n", "x.md", bag), Is.Null);
        Assert.That(bag.Sorted().Single().Message, Does.Contain("not closed"));
    }
}
