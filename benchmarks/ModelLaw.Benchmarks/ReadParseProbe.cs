#if MODELLAW_BASELINE
extern alias baseline;
#endif
using System.Diagnostics;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe read-parse [N]</c>: issue 17's read+parse of MiFID I and MiFID II (English) from their files, N rounds after
/// warm-up, as the median CPU time of the process (time its threads ran, not time they waited for a core on a loaded
/// machine; the read continues on pool threads after its asynchronous file read), wall time and bytes allocated. When benchmarks/ModelLaw.Benchmarks/baseline/ holds a baseline
/// build, its rounds alternate with the current ones in the same process, so both see the same load.
/// </summary>
internal static class ReadParseProbe
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var (model, national) = Inputs.Mifid();
        var engine = ModelLawEngine.CreateDefault();
        var runs = new List<(string Name, Func<int> Read)>
        {
            ("current", () => engine.ReadAsync(model).GetAwaiter().GetResult().Root.Children.Length
                + engine.ReadAsync(national).GetAwaiter().GetResult().Root.Children.Length),
        };
#if MODELLAW_BASELINE
        var old = baseline::ModelLaw.ModelLawEngine.CreateDefault();
        runs.Insert(0, ("baseline", () => old.ReadAsync(model).GetAwaiter().GetResult().Root.Children.Length
            + old.ReadAsync(national).GetAwaiter().GetResult().Root.Children.Length));
#endif
        var cpu = runs.Select(_ => new List<double>()).ToArray();
        var wall = runs.Select(_ => new List<double>()).ToArray();
        var bytes = new long[runs.Count];
        for (int r = -50; r < rounds; r++)
            for (int i = 0; i < runs.Count; i++)
            {
                long a0 = GC.GetTotalAllocatedBytes(precise: true);
                var c0 = CpuMilliseconds();
                var sw = Stopwatch.StartNew();
                runs[i].Read();
                var ms = sw.Elapsed.TotalMilliseconds;
                var c = CpuMilliseconds() - c0;
                if (r < 0) continue;
                cpu[i].Add(c);
                wall[i].Add(ms);
                bytes[i] = GC.GetTotalAllocatedBytes(precise: true) - a0;
            }
        Console.WriteLine($"read+parse MiFID I + MiFID II (en), {rounds} rounds, load {LoadAverage()}");
        for (int i = 0; i < runs.Count; i++)
            Console.WriteLine($"  {runs[i].Name,-9} process CPU median {Median(cpu[i]),6:F2} ms (p25 {Percentile(cpu[i], 0.25):F2}), wall median {Median(wall[i]),6:F2} ms, allocated {bytes[i] / 1e6:F2} MB");
        return 0;
    }

    private static double Median(List<double> xs) => Percentile(xs, 0.5);

    private static double Percentile(List<double> xs, double p)
    {
        var sorted = xs.Order().ToList();
        return sorted[(int)(p * (sorted.Count - 1))];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double CpuMilliseconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
