using System.Diagnostics;

namespace ModelLaw.Comparing.Alignment;

/// <summary>
/// Wall-clock (and, when the caller supplies a reader, CPU) laps of the comparison stages, for the benchmark probe's
/// per-stage mode only (never in output, never in tests). The comparer takes one optionally; without it no clock is
/// read. CPU time is the steadier figure on a shared machine: other jobs stretch the wall clock, not the work.
/// </summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Func<double>? _cpuMilliseconds;
    private double _cpu;
    private readonly List<(string Stage, double Milliseconds, double CpuMilliseconds)> _laps = new();

    /// <param name="cpuMilliseconds">Reads the CPU time of the calling thread in milliseconds, or null.</param>
    public StageClock(Func<double>? cpuMilliseconds = null)
    {
        _cpuMilliseconds = cpuMilliseconds;
        _cpu = cpuMilliseconds?.Invoke() ?? 0;
    }

    /// <summary>The laps so far, in order.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds, double CpuMilliseconds)> Laps => _laps;

    /// <summary>Ends the current lap under the name of the stage that just ran.</summary>
    public void Lap(string stage)
    {
        var cpu = _cpuMilliseconds?.Invoke() ?? 0;
        _laps.Add((stage, _watch.Elapsed.TotalMilliseconds, cpu - _cpu));
        _cpu = cpu;
        _watch.Restart();
    }
}
