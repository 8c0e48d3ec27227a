namespace Scholarly.Configuration;

/// <summary>How the lists of papers (home, tag pages) are ordered, as <c>sort:</c> in scholarly.yml says. Feeds stay newest first.</summary>
internal enum PaperOrder
{
    /// <summary>Newest first (the default); pinned papers before the rest.</summary>
    Date,

    /// <summary>By each paper's <c>weight</c>, lower first; papers without one after them, newest first; pinned before all.</summary>
    Manual,
}
