using AngleSharp.Dom;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// A shared link shows a picture: every page offers the profile photo to link previews (og:image, twitter:image),
/// a paper's page its own figure when it has one, with the size read from the file and a description of it.
/// </summary>
public class LinkPreviewTests
{
    private const string ProfileWithPhoto = """
        ---
        name: Ada Lovelace
        photo: images/ada.png
        ---
        Notes.
        """;

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    [Test]
    public void EveryPageOffersTheProfilePhotoWithItsSizeAndAlt()
    {
        using var site = new TestSite()
            .Write("site/profile.md", ProfileWithPhoto)
            .WriteBytes("site/static/images/ada.png", TestImages.Png(400, 300))
            .Paper("engine", "title: Engine\nauthors: [Ada Lovelace]\ndate: 2024-01-01\ntags: [math]");
        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var path in new[] { "index.html", "papers/engine/index.html", "tags/index.html", "tags/math/index.html" })
        {
            var page = site.Html(path);
            Assert.Multiple(() =>
            {
                Assert.That(Meta(page, "og:image"), Is.EqualTo("https://example.org/site/images/ada.png"), path);
                Assert.That(Meta(page, "og:image:width"), Is.EqualTo("400"), path);
                Assert.That(Meta(page, "og:image:height"), Is.EqualTo("300"), path);
                Assert.That(Meta(page, "og:image:alt"), Is.EqualTo("Photo of Ada Lovelace"), path);
                Assert.That(Meta(page, "twitter:image"), Is.EqualTo("https://example.org/site/images/ada.png"), path);
                Assert.That(Meta(page, "twitter:card"), Is.EqualTo("summary"), path);
            });
        }
    }

    [Test]
    public void APapersFigureIsOnItsPageAndInItsPreview()
    {
        using var site = new TestSite()
            .Write("site/profile.md", ProfileWithPhoto)
            .WriteBytes("site/static/images/ada.png", TestImages.Png(400, 300))
            .WriteBytes("site/static/figures/engine.gif", TestImages.Gif(1200, 630))
            .Paper("engine", "title: Top-$k$ Engines\nauthors: [Ada Lovelace]\ndate: 2024-01-01\nimage: figures/engine.gif")
            .Paper("notes", "title: Notes\nauthors: [Ada Lovelace]\ndate: 2024-02-01\nimage:\n  url: figures/engine.gif\n  alt: The engine's mill and store");
        var result = site.Build();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "papers/engine.md:5: warning: 'image' has no alt text: say what it shows for readers who cannot see it (image: { url: figures/engine.gif, alt: … }); until then it reads \"Figure from Top-k Engines\"",
        }), "the figure without words of its own asks for them; the one with alt text passes");

        var page = site.Html("papers/engine/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(Meta(page, "og:image"), Is.EqualTo("https://example.org/site/figures/engine.gif"));
            Assert.That(Meta(page, "og:image:width"), Is.EqualTo("1200"));
            Assert.That(Meta(page, "og:image:height"), Is.EqualTo("630"));
            Assert.That(Meta(page, "og:image:alt"), Is.EqualTo("Figure from Top-k Engines"));
            Assert.That(Meta(page, "twitter:card"), Is.EqualTo("summary_large_image"));
        });

        var figure = page.QuerySelector("main figure.paper-figure img")!;
        Assert.That(figure.GetAttribute("src"), Is.EqualTo("../../figures/engine.gif"));
        Assert.That(figure.GetAttribute("width"), Is.EqualTo("1200"));
        Assert.That(figure.GetAttribute("height"), Is.EqualTo("630"));
        Assert.That(figure.GetAttribute("alt"), Is.EqualTo("Figure from Top-k Engines"));
        Assert.That(File.Exists(Path.Combine(site.OutputDirectory, "figures/engine.gif")), Is.True);

        Assert.That(Meta(site.Html("papers/notes/index.html"), "og:image:alt"), Is.EqualTo("The engine's mill and store"));
        var card = site.Html("index.html").QuerySelectorAll("main article.card").Single(c => c.TextContent.Contains("Notes", StringComparison.Ordinal));
        Assert.That(card.QuerySelector("img.card-figure")?.GetAttribute("alt"), Is.EqualTo("The engine's mill and store"), "card_images puts the figure beside the card");
        Assert.That(card.QuerySelector("img.card-figure")?.GetAttribute("src"), Is.EqualTo("figures/engine.gif"));
        Assert.That(Meta(site.Html("index.html"), "og:image"), Is.EqualTo("https://example.org/site/images/ada.png"), "the home page keeps the photo");
    }

    [Test]
    public void ASiteCanKeepTheCardsWithoutImages()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nparams:\n  card_images: false\n")
            .WriteBytes("site/static/figures/engine.png", TestImages.Png(64, 48))
            .Paper("engine", "title: Engine\nauthors: [A]\ndate: 2024-01-01\nimage:\n  url: figures/engine.png\n  alt: The engine");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelector("main img"), Is.Null);
        Assert.That(site.Html("papers/engine/index.html").QuerySelector("main figure img"), Is.Not.Null, "the paper's page still shows it");
    }

    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void EveryThemeShowsThePapersFigure(string theme)
    {
        using var site = new TestSite()
            .WriteBytes("site/static/figures/engine.png", TestImages.Png(64, 48))
            .Paper("engine", "title: Engine\nauthors: [A]\ndate: 2024-01-01\nimage:\n  url: figures/engine.png\n  alt: The engine");
        Assert.That(site.Build(theme: theme).Succeeded, Is.True);

        var page = site.Html("papers/engine/index.html");
        Assert.That(page.QuerySelector("main figure img")?.GetAttribute("width"), Is.EqualTo("64"));
        Assert.That(Meta(page, "og:image"), Is.EqualTo("https://example.org/site/figures/engine.png"));
    }

    [Test]
    public void AnImagePreviewsCannotShowIsNotOffered()
    {
        using var site = new TestSite()
            .Write("site/profile.md", ProfileWithPhoto.Replace("images/ada.png", "images/ada.svg", StringComparison.Ordinal))
            .Write("site/static/images/ada.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")
            .Paper("engine", "title: Engine\nauthors: [A]\ndate: 2024-01-01");
        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(Meta(site.Html("index.html"), "og:image"), Is.Null, "an SVG is not shown by link previews");
        Assert.That(Meta(site.Html("index.html"), "twitter:card"), Is.EqualTo("summary"));
    }

    [Test]
    public void AMissingFigureIsAnErrorAtItsLine()
    {
        using var site = new TestSite().Paper("engine", "title: Engine\nauthors: [A]\ndate: 2024-01-01\nimage: figures/none.png");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("papers/engine.md:5: error: 'image': the site has no 'figures/none.png'; a file for it goes in static/figures/none.png"));
    }
}
