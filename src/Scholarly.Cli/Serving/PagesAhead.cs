using System.Text;

namespace Scholarly.Cli.Serving;

/// <summary>
/// Pages served from memory in place of the published ones until a build that has them is published: a preview's
/// (<see cref="Scholarly.Output.PagePreview"/>) and a rebuild's first pages (<see cref="Scholarly.Output.FirstPages"/>).
/// Each carries the generation of the saves it shows (a counter of the server's saves), so a page can never be
/// replaced by an older one, whichever thread finishes first, and a finished build drops only the pages its files
/// covered: a newer save's preview, made while that build ran, stays until its own rebuild is published.
/// </summary>
internal sealed class PagesAhead
{
    private const string Index = "index.html";

    private readonly Dictionary<string, (byte[] Html, long Generation)> _pages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Keeps the page at <paramref name="path"/> (<c>papers/p/index.html</c>) for its two request paths and gives its
    /// address (<c>/papers/p/</c>) to announce; null when a page of a newer generation is there, or the same bytes
    /// are (made again as they were, by the rebuild after its preview): nothing to announce.
    /// </summary>
    public string? Offer(string path, string html, long generation)
    {
        var address = "/" + (path.EndsWith(Index, StringComparison.Ordinal) ? path[..^Index.Length] : path);
        var bytes = Encoding.UTF8.GetBytes(html);
        lock (_gate)
        {
            if (_pages.TryGetValue(address, out var held) && (held.Generation > generation || held.Html.AsSpan().SequenceEqual(bytes)))
            {
                return null;
            }

            _pages["/" + path] = _pages[address] = (bytes, generation);
            return address;
        }
    }

    /// <summary>The page held for <paramref name="requestPath"/>, if any.</summary>
    public byte[]? Find(string requestPath)
    {
        lock (_gate)
        {
            return _pages.TryGetValue(requestPath, out var held) ? held.Html : null;
        }
    }

    /// <summary>Drops the pages of generations up to <paramref name="generation"/>: a build that covered them finished (published or failed).</summary>
    public void DropUpTo(long generation)
    {
        lock (_gate)
        {
            foreach (var path in _pages.Where(page => page.Value.Generation <= generation).Select(page => page.Key).ToList())
            {
                _pages.Remove(path);
            }
        }
    }
}
