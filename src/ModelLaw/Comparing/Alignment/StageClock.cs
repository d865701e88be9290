using System.Diagnostics;

namespace ModelLaw.Comparing.Alignment;

/// <summary>
/// Wall-clock laps of the comparison stages, for the benchmark probe's per-stage mode only (never in output, never in
/// tests). The comparer takes one optionally; without it no clock is read.
/// </summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Stage, double Milliseconds)> _laps = new();

    /// <summary>The laps so far, in order.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds)> Laps => _laps;

    /// <summary>Ends the current lap under the name of the stage that just ran.</summary>
    public void Lap(string stage)
    {
        _laps.Add((stage, _watch.Elapsed.TotalMilliseconds));
        _watch.Restart();
    }
}
