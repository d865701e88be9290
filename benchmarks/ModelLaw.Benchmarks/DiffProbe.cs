using System.Diagnostics;
using DiffPlex;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe diff [N]</c>: the word diffs of the MiFID compare alone. The pairs are the ones the comparer diffs (every
/// link with a diff); each round diffs all of them with <see cref="WordDiffer"/>, and, as the baseline in the same run,
/// with DiffPlex fed the same legal tokens through its IChunker seam. Median of N rounds after a warm-up, with the bytes
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
        var plex = Differ.Instance;
        var (dp, dpAlloc) = Time(rounds, () => { foreach (var (a, b) in pairs) plex.CreateDiffs(a, b, false, false, LegalChunker.Instance); });
        Console.WriteLine($"WordDiffer (Myers on int ids): median {ours:F2} ms, {oursAlloc / 1024.0 / 1024.0:F2} MB allocated per round");
        Console.WriteLine($"DiffPlex through IChunker (LegalChunker), same pairs: median {dp:F2} ms, {dpAlloc / 1024.0 / 1024.0:F2} MB allocated per round");
        return 0;
    }

    private static (double Median, long Allocated) Time(int rounds, Action work)
    {
        var times = new List<double>();
        long alloc = 0;
        for (int r = -2; r < rounds; r++)
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            work();
            sw.Stop();
            if (r < 0) continue;
            times.Add(sw.Elapsed.TotalMilliseconds);
            alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
        }
        times.Sort();
        return (times[times.Count / 2], alloc);
    }
}
