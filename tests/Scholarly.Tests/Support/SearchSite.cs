namespace Scholarly.Tests.Support;

/// <summary>
/// A site to search: three papers with authors whose names carry accents and letters that do not decompose, words
/// found in one abstract only, a tag and a venue; a talk and a news item; and <see cref="Fillers"/> more papers, so
/// the index has more than one block of documents and the oldest paper (kernels) is in the second.
/// </summary>
internal static class SearchSite
{
    public const int Fillers = 270;

    public static TestSite Create()
    {
        var site = new TestSite()
            .Paper("kernels", "title: Kernel Methods for Structured Prediction\nauthors: [Bernhard Schölkopf, José Ñúñez, Zoë Ørsted]\ndate: 2001-06-01\nvenue: Journal of Machine Learning Research\nvenue_short: JMLR\n"
                + "tags: [kernels, theory]\nabstract: We study reproducing kernel spaces through quasiconformal maps.")
            .Paper("graphs", "title: Message Passing on Sparse Graphs\nauthors: [Ana Łukasiewicz, Bernhard Schölkopf]\ndate: 2023-04-01\ntags: [graphs]\n"
                + "abstract: Neighbourhood aggregation that scales with the number of edges.")
            .Paper("diffusion", "title: Denoising Diffusion at Scale\nauthors: [Wei Zhang, Na Li]\ndate: 2024-12-01\nvenue: NeurIPS 2024\ntags: [generative]\n"
                + "abstract: Sparse attention keeps the entropy of samples high.")
            .Write("site/talks/weave.md", "---\ntitle: Engines that weave\ndate: 2024-04-10\nevent: Royal Society\nlocation: London\n---\nOn weaving patterns into engines.\n")
            .Write("site/news/medal.md", "---\ntitle: Awarded the Society's medal\ndate: 2024-01-05\n---\nFor the engine.\n");
        var day = new DateOnly(2020, 12, 31);
        for (var i = 0; i < Fillers; i++)
        {
            site.Paper($"filler-{i}", $"title: Filler study {i}\nauthors: [Alan Turing]\ndate: {day.AddDays(-i):yyyy-MM-dd}\nabstract: A filler of the corpus.");
        }

        return site;
    }
}
