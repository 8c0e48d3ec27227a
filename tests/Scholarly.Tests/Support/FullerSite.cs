namespace Scholarly.Tests.Support;

/// <summary>
/// A small site with what the sample leaves out: a photo, a paper's figure, years as headings, featured papers,
/// badges, a co-author list with et al., own link labels, math in a title, an abstract and its notes (a display formula wider than a phone), notes, a free page
/// with every common piece of Markdown, and one of every other kind: news, talks, a course, a project, a CV.
/// </summary>
internal static class FullerSite
{
    /// <summary>A page of each kind that shows what the sample does not.</summary>
    public static readonly string[] Pages =
        ["", "papers/mill/", "papers/store/", "tags/", "tags/engines/", "about/", "news/", "talks/", "talks/society/", "teaching/", "projects/", "projects/engines/", "cv/"];

    public static TestSite Create() => new TestSite()
        .Write("site/scholarly.yml", TestSite.DefaultConfig + "\nparams:\n  group_by_year: true\n")
        .Write("site/profile.md", "---\nname: Ada Lovelace\nposition: Analyst\naffiliation: Analytical Society\nphoto: ada.png\nlinks:\n  - label: CV\n    url: cv.pdf\n---\nNotes on the *engine*.\n")
        .WriteBytes("site/static/ada.png", TestImages.Png(240, 240))
        .WriteBytes("site/static/figures/mill.png", TestImages.Png(800, 420))
        .Paper("mill", "title: The Mill of $O(n \\log n)$ Engines\nauthors: [Ada Lovelace*, Charles Babbage*†, et al.]\ndate: 2024-03-02\nvenue: Proceedings of the Society\nvenue_short: PAS 2024\n"
            + "tags: [cs.LG, engines]\nbadges: [Best Paper]\nfeatured: true\ncitations: 12\nimage:\n  url: figures/mill.png\n  alt: The mill, drawn from above\n"
            + "links:\n  code: https://github.com/example/mill\n  talk:\n    url: https://example.org/talk\n    label: Talk at the Society\nabstract: A *mill* for Top-$k$ sums over $\\mathbb{R}^d$, with $\\hat{\\theta} = \\frac{a}{b}$ and $\\|x\\|_2 \\le \\sqrt[3]{n}$.",
            "Some notes with `code` and a [link](https://example.org/).\n\n"
            + "$$\\mathcal{L}(\\theta) = \\sum_{i=1}^{n} \\frac{\\partial f(x_i; \\theta)}{\\partial \\theta} + \\lambda \\left\\| \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix} \\theta \\right\\|_2^2 + \\binom{n}{k} \\int_0^1 g(t)\\,dt$$\n\n"
            + "where $f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$.")
        .Write("site/pages/about.md", "---\ntitle: About\n---\nI study [engines](https://example.org/) and *their* mills.\n\n## Teaching\n\n"
            + "- Analysis\n- Algebra\n\n1. First\n2. Second\n\n> A quotation.\n\n```\ncode block\n```\n\n| Year | Course |\n|---|---|\n| 2024 | Analysis |\n")
        .Paper("store", "title: The Store\nauthors: [Ada Lovelace]\ndate: 2023-05\ntags: [engines]")
        .Write("site/news/accepted.md", "---\ntitle: \"[The Mill](papers/mill/) was accepted at **PAS 2024**\"\ndate: 2024-03-02\n---\n")
        .Write("site/news/medal.md", "---\ntitle: Awarded the Society's medal\ndate: 2024-01\nlinks:\n  event: https://example.org/medal\n---\nFor the *mill*, with thanks to the committee.\n")
        .Write("site/talks/society.md", "---\ntitle: Engines that weave\ndate: 2024-04-10\nevent: Royal Society\nlocation: London\ntype: invited\npapers: [mill, store]\n"
            + "links:\n  slides: https://example.org/slides.pdf\n  video: https://example.org/video\n---\nOn the mill and the store.\n")
        .Write("site/talks/poster.md", "---\ntitle: A poster on the store\ndate: 2023-06\nevent: Analytical Society meeting\nlocation: online\ntype: poster\n---\n")
        .Write("site/teaching/analysis.md", "---\ntitle: Analysis\ncode: MA 101\nterm: Spring 2024\ndate: 2024-02\nrole: Instructor\ninstitution: University of London\nlinks:\n  syllabus: https://example.org/ma101\n---\nLimits and series.\n")
        .Write("site/projects/engines.md", "---\ntitle: Analytical engines\nsummary: Machines that compute *anything*.\nstatus: active\npapers: [mill]\nimage:\n  url: figures/mill.png\n  alt: The mill, drawn from above\n"
            + "links:\n  code: https://github.com/example/engines\n---\nThe project behind the mill.\n")
        .Write("site/cv.yml", "education:\n  - institution: University of London\n    studyType: Ph.D.\n    area: Mathematics\n    startDate: 1833-09\n    endDate: 1837-06\n    advisor: Augustus De Morgan\n"
            + "positions:\n  - name: Analytical Society\n    position: Analyst\n    startDate: 1840-01\n    highlights:\n      - Wrote the [first program](https://example.org/notes)\n"
            + "awards:\n  - title: Society medal\n    awarder: Royal Society\n    date: 1843\nservice:\n  - Reviewer for the Society\nskills:\n  - name: Mathematics\n    keywords: [Analysis, Algebra]\n"
            + "publications:\n  group_by: type\n");
}
