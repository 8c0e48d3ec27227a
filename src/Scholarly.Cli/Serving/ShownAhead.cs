namespace Scholarly.Cli.Serving;

/// <summary>
/// The pages one save got ahead of its rebuild's publishing, and how soon after the save, in order: the server's log
/// says how soon an edit showed ("papers/p/ shown after 20 ms first"), and the rebuild's final reload skips them.
/// </summary>
internal sealed class ShownAhead
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly List<(string Address, TimeSpan Ready, bool Previewed)> _pages = [];
    private readonly Lock _gate = new();

    /// <param name="previewed">Made by the last build's preview, before the rebuild began.</param>
    public void Add(string address, bool previewed)
    {
        lock (_gate)
        {
            _pages.Add((address, _clock.Elapsed, previewed));
        }
    }

    /// <summary>The addresses shown, for the reload that follows the publishing.</summary>
    public IReadOnlyList<string> Addresses
    {
        get
        {
            lock (_gate)
            {
                return [.. _pages.Select(page => page.Address).Distinct(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>"; papers/p/ shown after 40 ms first" for the page shown first, or nothing.</summary>
    public string Note()
    {
        lock (_gate)
        {
            return _pages.Count > 0 ? $"; {Shown(_pages[0])} first" : "";
        }
    }

    /// <summary>"  first pages: papers/p/ shown after 40 ms, / shown after 300 ms", for --verbose; none when no page was shown ahead.</summary>
    public IEnumerable<string> Lines()
    {
        lock (_gate)
        {
            return _pages.Count > 0 ? ["  first pages: " + string.Join(", ", _pages.Select(Shown))] : [];
        }
    }

    private static string Shown((string Address, TimeSpan Ready, bool Previewed) page) =>
        $"{(page.Address == "/" ? "/" : page.Address.TrimStart('/'))} shown after {PhaseLines.Milliseconds(page.Ready)} ms{(page.Previewed ? " (ahead of the rebuild)" : "")}";
}
