using Scholarly.Tests.Support;

namespace Scholarly.Tests.Content;

/// <summary>docs/content.md: every known link kind has its proper name, and any link may carry a label of its own.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LinkLabelTests
{
    private const string Paper = "title: Seeing\nauthors: [Ada Lovelace]\ndate: 2024-01-01";

    [Test]
    public void KnownKindsAreNamedAsTheirOwnersSpellThem()
    {
        using var site = new TestSite().Paper("seeing", Paper + """

            links:
              openreview: https://openreview.net/forum?id=abc
              huggingface: https://huggingface.co/ada/seeing
              github: https://github.com/ada/seeing
              press_release: https://example.org/press
            """);

        Assert.That(site.Build().Succeeded, Is.True);

        var labels = site.Html("papers/seeing/index.html").QuerySelectorAll(".link-buttons a").Select(a => a.TextContent);
        Assert.That(labels, Is.EqualTo(new[] { "OpenReview", "Hugging Face", "GitHub", "Press release" }));
    }

    [Test]
    public void ALinkGivenAsAMappingCarriesTheLabelItSays()
    {
        using var site = new TestSite().Paper("seeing", Paper + """

            links:
              talk:
                url: https://example.org/talk?a=1&b=2
                label: "Talk at <NeurIPS> & co"
              code: https://github.com/ada/seeing
            """);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics, Is.Empty);
        var talk = site.Html("papers/seeing/index.html").QuerySelector(".link-buttons a.button-talk")!;
        Assert.That(talk.TextContent, Is.EqualTo("Talk at <NeurIPS> & co"));
        Assert.That(talk.GetAttribute("href"), Is.EqualTo("https://example.org/talk?a=1&b=2"));
        Assert.That(site.Read("papers/seeing/index.html"), Does.Contain("Talk at &lt;NeurIPS&gt; &amp; co"));
    }

    [Test]
    public void AMappingWithoutAnAddressIsAnErrorAtItsLineAndAnUnknownKeyAWarning()
    {
        using var site = new TestSite().Paper("seeing", Paper + """

            links:
              talk:
                label: A talk
              slides:
                url: https://example.org/slides
                lable: Slides
            """);

        var diagnostics = site.Build().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.That(diagnostics, Has.Some.StartWith("papers/seeing.md:7: error: 'url' is required"));
        Assert.That(diagnostics, Has.Some.StartWith("papers/seeing.md:10: warning: unknown key 'lable' in link 'slides' (did you mean 'label'?)"));
    }
}
