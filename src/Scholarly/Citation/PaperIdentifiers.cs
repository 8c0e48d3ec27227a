using System.Text.RegularExpressions;
using Scholarly.Content;

namespace Scholarly.Citation;

/// <summary>The identifiers citation formats want, read from a paper's links: DOI, arXiv id, PDF address.</summary>
internal static partial class PaperIdentifiers
{
    /// <summary>"10.1000/xyz" from a doi link (https://doi.org/10.1000/xyz), or null.</summary>
    public static string? Doi(Paper paper) =>
        paper.Links.FirstOrDefault(l => l.Kind == "doi")?.Url is { } url && DoiPattern().Match(url) is { Success: true } match
            ? Uri.UnescapeDataString(match.Groups[1].Value)
            : null;

    /// <summary>"2405.01234" from an arxiv link (https://arxiv.org/abs/2405.01234), or null.</summary>
    public static string? ArxivId(Paper paper) =>
        paper.Links.FirstOrDefault(l => l.Kind == "arxiv")?.Url is { } url && ArxivPattern().Match(url) is { Success: true } match
            ? match.Groups[1].Value
            : null;

    /// <summary>The address of the paper's PDF: its pdf link, else arXiv's PDF for its arXiv id; may be site-relative.</summary>
    public static string? PdfUrl(Paper paper) =>
        paper.Links.FirstOrDefault(l => l.Kind == "pdf")?.Url ?? (ArxivId(paper) is { } id ? $"https://arxiv.org/pdf/{id}" : null);

    [GeneratedRegex(@"doi\.org/(10\..+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/([\w.-]+(?:/\d{7})?)(?:\.pdf)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPattern();
}
