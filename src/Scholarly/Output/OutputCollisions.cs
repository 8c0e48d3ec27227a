using Scholarly.Diagnostics;

namespace Scholarly.Output;

/// <summary>
/// Two outputs at one path would silently replace each other, and a file at a path the site needs as a folder would
/// block every page under it: both are errors naming where the file came from.
/// </summary>
internal static class OutputCollisions
{
    public static bool Check(IReadOnlyList<OutputJob> jobs, DiagnosticBag diagnostics)
    {
        var ok = true;
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in jobs)
        {
            for (var slash = job.Path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = job.Path.IndexOf('/', slash + 1))
            {
                folders.TryAdd(job.Path[..slash], job.Path);
            }
        }

        // A file named like a folder the site needs ("static/papers", a tag called "index.html").
        foreach (var job in jobs.Where(j => folders.ContainsKey(j.Path)))
        {
            diagnostics.Error(Origin(job), 0, 0, $"'{job.Path}' is a file here, but the site needs a folder of that name (for example {folders[job.Path]})");
            ok = false;
        }

        foreach (var group in jobs.GroupBy(j => j.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var origins = group.Select(Named).ToList();
            var own = group.Select(j => j is CopyOutput copy ? copy.File.Origin : j is PageOutput { Page.Subject: Content.ContentPage page } ? page.SourceFile : null).OfType<string>().ToList();
            diagnostics.Error(own.FirstOrDefault(o => o.StartsWith(StaticFiles.StaticFolder, StringComparison.Ordinal)) ?? own.FirstOrDefault() ?? origins[0], 0, 0,
                $"two files would be written to '{group.Key}': {string.Join(" and ", origins)}{(own.Count > 0 ? "; rename the file (or set 'slug:' in a page)" : "")}");
            ok = false;
        }

        return ok;
    }

    private static string Origin(OutputJob job) => job is CopyOutput copy ? copy.File.Origin : job.Path;

    /// <summary>Where an output comes from, in a user's words: a file of theirs, or the page the site makes (the news page).</summary>
    private static string Named(OutputJob job) => job switch
    {
        CopyOutput copy => copy.File.Origin,
        PageOutput { Page.Subject: Content.ContentPage page } => page.SourceFile,
        PageOutput page => $"the {page.Page.Layout} page",
        _ => "a generated file",
    };
}
