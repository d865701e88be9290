using System.Diagnostics;
using DiffPlex;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe diff [N]</c>: the word diffs of the MiFID compare alone. The pairs are the ones the comparer diffs (every
/// link with a diff); each round diffs all of them with <see cref="WordDiffer"/>, and, as baselines in the same run, with the differ of
/// 696383c and with DiffPlex fed the same legal tokens through its IChunker seam. Median CPU time of the process over N rounds after ten rounds of warm-up (CPU time, not wall time: the machine is shared), with the bytes
/// allocated per round.
/// </summary>
internal static class DiffProbe
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var engine = ModelLawEngine.CreateDefault();
        var (mp, np) = Inputs.Mifid();
        var m = engine.ReadAsync(mp, ReadOptions.Default with { SourceName = "model.txt" }).GetAwaiter().GetResult();
        var n = engine.ReadAsync(np, ReadOptions.Default with { SourceName = "national.txt" }).GetAwaiter().GetResult();
        var pairs = engine.Compare(m, n).AllLinks().Where(l => l.Diff is not null).Select(l => (l.Diff!.OldText, l.Diff.NewText)).ToArray();
        int changed = pairs.Count(p => p.OldText != p.NewText);
        Console.WriteLine($"pairs: {pairs.Length} ({changed} with changes)");

        var differ = WordDiffer.Instance;
        var (ours, oursAlloc) = Time(rounds, () => { foreach (var (a, b) in pairs) differ.Diff(a, b); });
        var legacy = new Baselines.LegacyWordDiffer();
        var (old, oldAlloc) = Time(rounds, () => { foreach (var (a, b) in pairs) legacy.Diff(a, b); });
        var plex = Differ.Instance;
        var (dp, dpAlloc) = Time(rounds, () => { foreach (var (a, b) in pairs) plex.CreateDiffs(a, b, false, false, LegalChunker.Instance); });
        var tokens = new List<ModelLaw.Text.Analysis.Token>();
        var (tok, _) = Time(rounds, () => { foreach (var (a, b) in pairs) { tokens.Clear(); ModelLaw.Text.Analysis.LegalTokenizer.Tokenize(a, tokens); tokens.Clear(); ModelLaw.Text.Analysis.LegalTokenizer.Tokenize(b, tokens); } });
        var ids = pairs.Select(p => (Ids(p.OldText), Ids(p.NewText))).ToArray();
        var (myers, _) = Time(rounds, () => { foreach (var (a, b) in ids) MyersDiff.Mark(a, b, new bool[a.Length], new bool[b.Length]); });
        Console.WriteLine($"of which: tokenizing both sides {tok:F2} ms, Myers on the ids {myers:F2} ms");
        Console.WriteLine($"WordDiffer (Myers on int ids): median {ours:F2} ms, {oursAlloc / 1024.0 / 1024.0:F2} MB allocated per round");
        Console.WriteLine($"baseline, the differ of 696383c (join/split for DiffPlex, digit refinement): median {old:F2} ms, {oldAlloc / 1024.0 / 1024.0:F2} MB allocated per round");
        Console.WriteLine($"DiffPlex through IChunker (LegalChunker), same pairs: median {dp:F2} ms, {dpAlloc / 1024.0 / 1024.0:F2} MB allocated per round");
        return 0;
    }

    private static int[] Ids(string text)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        return LegalChunker.Tokenize(text).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => map.TryGetValue(t, out var id) ? id : map[t] = map.Count).ToArray();
    }

    private static (double Median, long Allocated) Time(int rounds, Action work)
    {
        var times = new List<double>();
        long alloc = 0;
        for (int r = -10; r < rounds; r++)  // ten rounds of warm-up: tiered JIT promotes the hot loops first
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            var process = Process.GetCurrentProcess();
            var c0 = process.TotalProcessorTime;
            work();
            process.Refresh();
            var cpu = process.TotalProcessorTime - c0;
            if (r < 0) continue;
            times.Add(cpu.TotalMilliseconds);
            alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
        }
        times.Sort();
        return (times[times.Count / 2], alloc);
    }
}
