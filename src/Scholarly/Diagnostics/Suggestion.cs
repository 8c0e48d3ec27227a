namespace Scholarly.Diagnostics;

/// <summary>"Did you mean …?": the known name closest to a mistyped one, for every message that can offer one.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/> by edit distance (case ignored), when it is close enough to be
    /// a typo: at most two edits, and fewer than half the name's letters. Null when none is.
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        var lowered = name.ToLowerInvariant();
        var limit = Math.Min(2, Math.Max(1, lowered.Length / 2));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)", or "" when no candidate is close.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Nearest(name, candidates) is { } hint ? $" (did you mean '{hint}'?)" : "";

    /// <summary>Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as one edit ("biuld" → "build").</summary>
    internal static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
