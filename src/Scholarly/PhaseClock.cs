using System.Diagnostics;

namespace Scholarly;

/// <summary>Times the phases of a build, one after the other.</summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];
    private TimeSpan _last;

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    /// <summary>Ends the phase named <paramref name="phase"/>: the time since the previous phase ended.</summary>
    public void End(string phase)
    {
        var now = _clock.Elapsed;
        _phases.Add((phase, now - _last));
        _last = now;
    }
}
