namespace Scholarly.Content;

/// <summary>The CV (<c>cv.yml</c>): its sections in the order written, with the generated ones placed where it names them.</summary>
internal sealed record Cv(IReadOnlyList<CvSection> Sections, string SourceFile);

/// <summary>What a CV section holds: entries as written, or a list Scholarly makes from the site's other content.</summary>
internal enum CvSectionKind
{
    Written,
    Publications,
    Talks,
    Teaching,
}

/// <summary>One section of the CV: its heading and entries, or a generated list and how to group it.</summary>
/// <param name="Key">The name in cv.yml ("education"), also the section's anchor.</param>
/// <param name="GroupBy">For publications: "year" or "type".</param>
internal sealed record CvSection(string Key, string Title, CvSectionKind Kind, IReadOnlyList<CvEntry> Entries, string GroupBy = "year");

/// <summary>
/// One entry of a written section, whatever shape it was given in (JSON Resume's work, education, awards …): what
/// it is, where, when, and what more it says, each already worded for display.
/// </summary>
/// <param name="Line">The line of the entry in cv.yml (0 for a plain line), for messages about its <c>url</c>.</param>
/// <param name="WhatHtml">The entry's main line ("Research Scientist", "Ph.D. in Computer Science"), inline HTML.</param>
/// <param name="Where">The organisation, institution or awarder, or null.</param>
/// <param name="When">"Sep 2019 – Jun 2024", "2023", or null.</param>
/// <param name="Details">Short facts after the main line ("GPA 3.9", "$500,000", "Advisor: …").</param>
internal sealed record CvEntry(
    int Line,
    string WhatHtml,
    string? Url,
    string? Where,
    string? Location,
    string? When,
    IReadOnlyList<string> Details,
    string SummaryHtml,
    IReadOnlyList<string> HighlightsHtml,
    IReadOnlyList<string> Keywords);
