using System.Diagnostics;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe [N]</c>: a quick Stopwatch look at the MiFID compare by stage (read+parse, align+diff), N rounds after a
/// warm-up, with the bytes allocated. For profiling between BenchmarkDotNet runs; the figures to report come from BDN.
/// </summary>
internal static class Probe
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var engine = ModelLawEngine.CreateDefault();
        var (mp, np) = Inputs.Mifid();
        var parse = new List<double>();
        var compare = new List<double>();
        var alignOnly = new List<double>();
        var cpu = new List<double>();
        long alloc = 0;
        for (int r = -2; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            var m = engine.ReadAsync(mp, ReadOptions.Default with { SourceName = "model.txt" }).GetAwaiter().GetResult();
            var n = engine.ReadAsync(np, ReadOptions.Default with { SourceName = "national.txt" }).GetAwaiter().GetResult();
            var t1 = sw.Elapsed.TotalMilliseconds;
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var c = engine.Compare(m, n);
            var cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
            long a1 = GC.GetAllocatedBytesForCurrentThread();
            var t2 = sw.Elapsed.TotalMilliseconds;
            engine.Compare(m, n, new Comparing.CompareOptions { ComputeDiffs = false });
            var t3 = sw.Elapsed.TotalMilliseconds;
            if (r >= 0) alignOnly.Add(t3 - t2);
            if (r < 0) continue;
            alloc = a1 - a0;
            parse.Add(t1);
            cpu.Add((cpu1 - cpu0).TotalMilliseconds);
            compare.Add(t2 - t1);
            if (r == 0) Console.WriteLine($"links: {c.AllLinks().Count()}");
        }
        parse.Sort();
        compare.Sort();
        alignOnly.Sort();
        cpu.Sort();
        Console.WriteLine($"compare CPU time median {cpu[cpu.Count / 2]:F1} ms (all threads of the process)");
        Console.WriteLine($"align only (ComputeDiffs=false) median {alignOnly[alignOnly.Count / 2]:F1} ms");
        Console.WriteLine($"read+parse median {parse[parse.Count / 2]:F1} ms, align+diff median {compare[compare.Count / 2]:F1} ms, compare allocated {alloc / 1024.0 / 1024.0:F1} MB");
        return 0;
    }
}
