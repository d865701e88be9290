using System.Diagnostics;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe [N]</c>: a quick Stopwatch look at the MiFID compare by stage (read+parse, align+diff), N rounds after a
/// warm-up, with the bytes allocated. <c>probe stages [N] [CASE]</c>: the median time of each stage of the comparer
/// (MiFID EN unless a case folder of ../shared/real-texts is named). For profiling between BenchmarkDotNet runs; the
/// figures to report come from BDN.
/// </summary>
internal static class Probe
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "parse") return Parse(args[1..]);
        if (args.Length > 0 && args[0] == "parse-stages") return ParseStagesProbe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "parse-dump") return ParseDump.Run(args[1..]);
        if (args.Length > 0 && args[0] == "read-parse") return ReadParseProbe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "diff") return DiffProbe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "stages") return Stages(args[1..]);
        if (args.Length > 0 && args[0] == "random") return RandomProbe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "analysis") return Analysis(args[1..]);
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

    private static int Parse(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var engine = ModelLawEngine.CreateDefault();
        var (mp, np) = Inputs.Mifid();
        var text = File.ReadAllText(np);
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int r = -3; r < rounds; r++)
        {
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            engine.Parse(text, ReadOptions.Default with { SourceName = "national.txt" });
            process.Refresh();
            if (r >= 0) { times.Add(sw.Elapsed.TotalMilliseconds); cpu.Add((process.TotalProcessorTime - c0).TotalMilliseconds); }
        }
        times.Sort();
        cpu.Sort();
        Console.WriteLine($"parse CPU median {cpu[cpu.Count / 2]:F1} ms");
        Console.WriteLine($"parse MiFID II median {times[times.Count / 2]:F1} ms = {new FileInfo(np).Length / 1e6 / (times[times.Count / 2] / 1000):F1} MB/s");
        return 0;
    }

    private static int Stages(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var (mp, np) = args.Length > 1 ? Inputs.Case(args[1]) : Inputs.Mifid();
        var engine = ModelLawEngine.CreateDefault();
        var m = engine.ReadAsync(mp, ReadOptions.Default with { SourceName = "model.txt" }).GetAwaiter().GetResult();
        var n = engine.ReadAsync(np, ReadOptions.Default with { SourceName = "national.txt" }).GetAwaiter().GetResult();
        var comparer = new Comparing.DocumentComparer();
        var laps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var cpus = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var order = new List<string>();
        var totals = new List<double>();
        var cpuTotals = new List<double>();
        for (int r = -2; r < rounds; r++)
        {
            var clock = new Comparing.Alignment.StageClock(ThreadCpu.Milliseconds);
            comparer.Compare(m, n, null, default, clock);
            if (r < 0) continue;
            totals.Add(clock.Laps.Sum(l => l.Milliseconds));
            cpuTotals.Add(clock.Laps.Sum(l => l.CpuMilliseconds));
            foreach (var (stage, ms, cpu) in clock.Laps)
            {
                if (!laps.TryGetValue(stage, out var list)) { laps[stage] = list = new(); cpus[stage] = new(); order.Add(stage); }
                list.Add(ms);
                cpus[stage].Add(cpu);
            }
        }
        Console.WriteLine($"{"stage",-28} {"wall median",12} {"thread CPU median",18}   (load {ThreadCpu.Load()})");
        foreach (var stage in order)
            Console.WriteLine($"{stage,-28} {Median(laps[stage]),9:F2} ms {Median(cpus[stage]),9:F1} ms");
        Console.WriteLine($"{"total",-28} {Median(totals),9:F2} ms {Median(cpuTotals),9:F1} ms");
        return 0;

        static double Median(List<double> xs) { xs.Sort(); return xs[xs.Count / 2]; }
    }

    private static int Analysis(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var (mp, np) = Inputs.Mifid();
        var engine = ModelLawEngine.CreateDefault();
        var m = engine.ReadAsync(mp, ReadOptions.Default with { SourceName = "model.txt" }).GetAwaiter().GetResult();
        var n = engine.ReadAsync(np, ReadOptions.Default with { SourceName = "national.txt" }).GetAwaiter().GetResult();
        var cpu = new List<double>();
        long alloc = 0;
        for (int r = -2; r < rounds; r++)
        {
            var c0 = ThreadCpu.Milliseconds();
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            if (args.Length > 1 && args[1] == "tokens")
            {
                var table = new Text.Analysis.TermTable();
                var ids = new List<int>();
                foreach (var p in m.Root.DescendantsAndSelf().Concat(n.Root.DescendantsAndSelf()))
                {
                    ids.Clear();
                    if (args.Length > 2) { var toks = new List<Text.Analysis.Token>(); Text.Analysis.LegalTokenizer.Tokenize(p.Content, toks); }
                    else Text.Analysis.TextAnalyzer.Default.Analyze(p.Content, table, ids);
                }
            }
            else Comparing.Alignment.Input.ComparisonInput.Build(m.Root, n.Root, "en", 1, 1, default);
            alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
            if (r >= 0) cpu.Add(ThreadCpu.Milliseconds() - c0);
        }
        cpu.Sort();
        Console.WriteLine($"analysis of both texts: thread CPU median {cpu[cpu.Count / 2]:F1} ms, {alloc / 1048576.0:F1} MB allocated (load {ThreadCpu.Load()})");
        return 0;
    }
}
