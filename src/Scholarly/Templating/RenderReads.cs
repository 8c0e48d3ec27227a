namespace Scholarly.Templating;

/// <summary>
/// What one render read of the site's data: every model object with a <see cref="ITrackedRead.ReadKey"/> (a paper, a
/// tag, a year, a list of papers, the site, the profile) whose member a template asked for. A page whose reads all
/// have the fingerprints they had when it was last made is the same page (<see cref="Output.PageMemo"/>).
/// </summary>
/// <remarks>
/// Per thread: a render runs on one thread from start to end, and renders on other threads record their own. A
/// partial's output kept by <see cref="FragmentCache"/> keeps what its render read, so a page that reuses it records
/// those reads too.
/// </remarks>
internal static class RenderReads
{
    [ThreadStatic]
    private static HashSet<ITrackedRead>? _current;

    /// <summary>Whether a render on this thread is recording what it reads.</summary>
    public static bool Recording => _current is not null;

    /// <summary>Records <paramref name="read"/> for the render under way on this thread, if any.</summary>
    public static void Note(ITrackedRead read) => _current?.Add(read);

    /// <summary>Records each of <paramref name="reads"/> (a kept fragment's).</summary>
    public static void Note(IReadOnlyCollection<ITrackedRead> reads) => _current?.UnionWith(reads);

    /// <summary>Starts recording on this thread; returns the recording it interrupts, to hand to <see cref="End"/>.</summary>
    public static HashSet<ITrackedRead>? Begin()
    {
        var outer = _current;
        _current = new HashSet<ITrackedRead>(ReferenceEqualityComparer.Instance);
        return outer;
    }

    /// <summary>Ends the recording <see cref="Begin"/> started: what it read, which also counts for <paramref name="outer"/>.</summary>
    public static HashSet<ITrackedRead> End(HashSet<ITrackedRead>? outer)
    {
        var reads = _current ?? [];
        _current = outer;
        outer?.UnionWith(reads);
        return reads;
    }
}

/// <summary>A model object whose reads are recorded, under a key that names it in every build ("paper:papers/x.md").</summary>
internal interface ITrackedRead
{
    string? ReadKey { get; }
}
