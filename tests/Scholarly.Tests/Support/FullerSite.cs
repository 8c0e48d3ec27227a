namespace Scholarly.Tests.Support;

/// <summary>
/// A small site with what the sample leaves out: a photo, a paper's figure, years as headings, featured papers,
/// badges, a co-author list with et al., own link labels, math in a title and an abstract, notes, a free page
/// with every common piece of Markdown.
/// </summary>
internal static class FullerSite
{
    /// <summary>A page of each kind that shows what the sample does not.</summary>
    public static readonly string[] Pages = ["", "papers/mill/", "papers/store/", "tags/", "tags/engines/", "about/"];

    public static TestSite Create() => new TestSite()
        .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nparams:\n  group_by_year: true\n")
        .Write("site/profile.md", "---\nname: Ada Lovelace\nposition: Analyst\naffiliation: Analytical Society\nphoto: ada.png\nlinks:\n  - label: CV\n    url: cv.pdf\n---\nNotes on the *engine*.\n")
        .WriteBytes("site/static/ada.png", TestImages.Png(240, 240))
        .WriteBytes("site/static/figures/mill.png", TestImages.Png(800, 420))
        .Paper("mill", "title: The Mill of $O(n \\log n)$ Engines\nauthors: [Ada Lovelace*, Charles Babbage*†, et al.]\ndate: 2024-03-02\nvenue: Proceedings of the Society\nvenue_short: PAS 2024\n"
            + "tags: [cs.LG, engines]\nbadges: [Best Paper]\nfeatured: true\ncitations: 12\nimage:\n  url: figures/mill.png\n  alt: The mill, drawn from above\n"
            + "links:\n  code: https://github.com/example/mill\n  talk:\n    url: https://example.org/talk\n    label: Talk at the Society\nabstract: A *mill* for Top-$k$ sums.",
            "Some notes with `code` and a [link](https://example.org/).")
        .Write("site/pages/about.md", "---\ntitle: About\n---\nI study [engines](https://example.org/) and *their* mills.\n\n## Teaching\n\n"
            + "- Analysis\n- Algebra\n\n1. First\n2. Second\n\n> A quotation.\n\n```\ncode block\n```\n\n| Year | Course |\n|---|---|\n| 2024 | Analysis |\n")
        .Paper("store", "title: The Store\nauthors: [Ada Lovelace]\ndate: 2023-05\ntags: [engines]");
}
