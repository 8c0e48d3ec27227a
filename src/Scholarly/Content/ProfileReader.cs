using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Reads <c>profile.md</c>: who the site is about, their links and headline metrics; the body is the biography.</summary>
internal static class ProfileReader
{
    public const string FileName = SiteLayout.ProfileFile;

    private static readonly HashSet<string> KnownKeys = ["name", "affiliation", "position", "photo", "email", "links", "metrics"];
    private static readonly HashSet<string> KnownLinkKeys = ["label", "url", "kind"];
    private static readonly HashSet<string> KnownMetricKeys = ["label", "value"];

    public static Profile? Read(string siteDirectory, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(FileName, 0, 0, $"no {FileName} in {siteDirectory}: every site has one, with at least 'name:' in its front matter");
            return null;
        }

        if (SymbolicLinks.IsLink(path))
        {
            diagnostics.Error(FileName, 0, 0, $"{FileName} is a symbolic link (to {SymbolicLinks.TargetOf(path)}); links in a site are not followed, copy the file here instead");
            return null;
        }

        var local = new DiagnosticBag();
        Profile? profile;
        try
        {
            profile = ReadFields(path, markdown, local);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidContentException)
        {
            local.Error(FileName, e is InvalidContentException content ? content.Line : 1, 0, e.Message);
            profile = null;
        }

        diagnostics.AddRange(local);
        return local.HasErrors ? null : profile;
    }

    private static Profile? ReadFields(string path, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var front = FrontMatter.Split(ContentText.Read(path), FileName, diagnostics);
        var map = front is null ? null : YamlMap.Parse(front.Yaml, FileName, front.YamlLineOffset, diagnostics);
        if (front is null || map is null)
        {
            return null;
        }

        map.WarnUnknownKeys(KnownKeys, FileName);
        var links = new List<Link>();
        var email = map.String("email")?.Trim();
        foreach (var item in map.MapList("links"))
        {
            item.WarnUnknownKeys(KnownLinkKeys, "a profile link");
            var label = item.String("label", required: true);
            var raw = item.String("url", required: true);
            if (label is null || raw is null)
            {
                continue;
            }

            var kind = (item.String("kind") ?? label).Trim().ToLowerInvariant();
            var url = LinkAddress.Normalize(kind, raw, out var problem);
            if (url is null)
            {
                item.Error(item.LineOf("url"), $"link '{label}': {problem}");
                continue;
            }

            links.Add(new Link(kind, label.Trim(), url, item.LineOf("url")));
        }

        if (email is not null && !links.Exists(l => l.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
        {
            links.Add(new Link("email", "Email", "mailto:" + email));
        }

        var metrics = new List<Metric>();
        foreach (var item in map.MapList("metrics"))
        {
            item.WarnUnknownKeys(KnownMetricKeys, "a metric");
            var label = item.String("label", required: true);
            var value = item.String("value", required: true);
            if (label is not null && value is not null)
            {
                metrics.Add(new Metric(label.Trim(), value.Trim()));
            }
        }

        var photo = map.String("photo");
        string? photoUrl = null;
        if (photo is not null)
        {
            photoUrl = LinkAddress.Normalize("photo", photo, out var problem);
            if (photoUrl is null)
            {
                map.Error(map.LineOf("photo"), $"'photo': {problem}");
            }
        }

        return new Profile(
            Name: map.String("name", required: true)?.Trim() ?? "",
            Affiliation: map.String("affiliation")?.Trim(),
            Position: map.String("position")?.Trim(),
            Photo: photoUrl,
            PhotoLine: map.LineOf("photo"),
            Email: email,
            Links: links,
            Metrics: metrics,
            BioHtml: markdown.ToHtml(front.Body, map.MathProblemsOfBody(front.BodyLine)));
    }
}
