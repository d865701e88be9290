using System.Diagnostics;
using System.Globalization;
using ModelLaw.Benchmarks.Synthetic;
using ModelLaw.Search.Indexing;
using ModelLaw.Search.Lucene;
using ModelLaw.Search.Searching;
using ModelLaw.Search.Units;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>search-scale UNITS WORKDIR [BASELINE_UNITS]</c>: the provision index at scale, on generated laws. Writes synthetic
/// laws (a few hundred model laws and their national variants, ~200 provisions each) until they hold UNITS searchable
/// provisions, indexes them into an embedded Lucene store, then measures: indexing time, CPU time and peak memory, the
/// store's size on disk, search latency (p50/p99 over 200 reworded paragraphs, after 20 warm-up queries), and the
/// source ranking of a ~200-provision law that is not in the index (a new variant of an indexed model). The same queries
/// are first run on a BASELINE_UNITS store (default 10,000) in the same run, as the baseline beside the figures.
/// Prints `uptime` before and after: the machine is shared.
/// </summary>
internal static class SearchScale
{
    public static int Run(string[] args)
    {
        bool reuse = args.Contains("--reuse");
        args = args.Where(a => a != "--reuse").ToArray();
        if (args.Length < 2) { Console.Error.WriteLine("usage: search-scale UNITS WORKDIR [BASELINE_UNITS] [--reuse]"); return 2; }
        long target = long.Parse(args[0], CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(args[1]);
        long baseline = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
        Console.WriteLine($"load before: {Uptime()}");
        var engine = ModelLawEngine.CreateDefault();
        var gen = SyntheticLawGenerator.FromCorpus("en");
        var small = Measure(engine, gen, baseline, Path.Combine(work, "baseline"), reuse);
        var large = Measure(engine, gen, target, Path.Combine(work, "target"), reuse);
        Console.WriteLine();
        Console.WriteLine("| store | units | documents | index time | index CPU | peak working set | disk | search p50 | search p99 | search CPU/query | origin in top 10 | source ranking (median) | its CPU | best source is its model |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (label, m) in new[] { ("baseline", small), ("target", large) })
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {m.Units:N0} | {m.Documents:N0} | {m.IndexTime.TotalSeconds:0.0} s | {m.Cpu.TotalSeconds:0.0} s | {m.PeakMb:0} MB | {m.DiskMb:0.0} MB | {m.P50:0.00} ms | {m.P99:0.00} ms | {m.QueryCpu:0.00} ms | {m.Recall:P0} | {m.Source:0} ms | {m.SourceCpu:0} ms | {m.SourceRight} |"));
        Console.WriteLine($"load after: {Uptime()}");
        return 0;
    }

    private sealed record Figures(long Units, int Documents, TimeSpan IndexTime, TimeSpan Cpu, double PeakMb, double DiskMb,
        double P50, double P99, double QueryCpu, double Recall, double Source, double SourceCpu, bool SourceRight);

    private static Figures Measure(ModelLawEngine engine, SyntheticLawGenerator gen, long target, string dir, bool reuse)
    {
        var storePath = Path.Combine(dir, "store");
        var law = Path.Combine(dir, "query-law.txt");
        if (reuse && File.Exists(law) && File.Exists(Path.Combine(storePath, LuceneProvisionStore.MarkerFile)))
        {
            // the texts, store and query law of an earlier run: search figures only (indexing shows as zero)
            var files = Directory.GetFiles(Path.Combine(dir, "texts"));
            int modelCount = files.Count(f => f.EndsWith("-0.txt", StringComparison.Ordinal));
            using var kept = LuceneProvisionStore.Open(storePath);
            var (q50, q99, qCpu, qRecall) = SearchLatency(engine, kept, Path.Combine(dir, "texts"), files.Length);
            var (src, srcCpu, ok) = SourceRanking(engine, kept, law, new Random(99).Next(modelCount));
            return new Figures(kept.UnitCount(), files.Length, TimeSpan.Zero, TimeSpan.Zero, 0,
                Directory.EnumerateFiles(storePath).Sum(f => new FileInfo(f).Length) / 1048576.0, q50, q99, qCpu, qRecall, src, srcCpu, ok);
        }
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var texts = Directory.CreateDirectory(Path.Combine(dir, "texts")).FullName;
        var (models, documents) = Generate(engine, gen, target, texts);
        using var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long units;
        using (var store = LuceneProvisionStore.Open(storePath))
        {
            var lastReport = Stopwatch.StartNew();
            var progress = new Progress(p =>
            {
                if (lastReport.Elapsed.TotalSeconds < 30) return;
                lastReport.Restart();
                Console.WriteLine($"  {p.Done}/{p.Total} files, {p.Units:N0} units, {clock.Elapsed.TotalSeconds:0} s");
            });
            var result = new ProvisionIndexer(engine).IndexAsync(store, [texts], new IndexOptions { CommitEvery = 500 }, progress).GetAwaiter().GetResult();
            units = result.Units;
        }
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        double peak = process.PeakWorkingSet64 / 1048576.0;
        double disk = Directory.EnumerateFiles(storePath).Sum(f => new FileInfo(f).Length) / 1048576.0;
        Console.WriteLine($"indexed {units:N0} units of {documents} documents in {clock.Elapsed.TotalSeconds:0.0} s");

        using var reading = LuceneProvisionStore.Open(storePath);
        var (p50, p99, queryCpu, recall) = SearchLatency(engine, reading, texts, documents);
        var rng = new Random(99);
        int which = rng.Next(models.Count);
        File.WriteAllText(law, SyntheticLawGenerator.Render(gen.Variant(models[which], rng), "A new national law"));
        var (source, sourceCpu, right) = SourceRanking(engine, reading, law, which);
        return new Figures(units, documents, clock.Elapsed, cpu, peak, disk, p50, p99, queryCpu, recall, source, sourceCpu, right);
    }

    /// <summary>Model laws of ~200 provisions and, for each, national variants, until the texts hold the target units.</summary>
    private static (List<SynNode> Models, int Documents) Generate(ModelLawEngine engine, SyntheticLawGenerator gen, long target, string dir)
    {
        var rng = new Random(20261203);
        var models = new List<SynNode>();
        long units = 0;
        int n = 0;
        while (units < target)
        {
            var model = gen.Law(200, rng);
            models.Add(model);
            for (int v = 0; v <= 9 && units < target; v++)
            {
                var tree = v == 0 ? model : gen.Variant(model, rng);
                var text = SyntheticLawGenerator.Render(tree, v == 0 ? $"Model law {models.Count}" : $"National law {models.Count}.{v}");
                var path = Path.Combine(dir, $"law-{models.Count:00000}-{v}.txt");
                File.WriteAllText(path, text);
                if (n++ % 50 == 0) units += 50L * UnitExtractor.Extract(engine.Parse(text), path).Count;   // a sample, to size the corpus
            }
        }
        return (models, n);
    }

    private static (double P50, double P99, double CpuMs, double Recall) SearchLatency(ModelLawEngine engine, LuceneProvisionStore store, string texts, int documents)
    {
        var rng = new Random(7);
        var files = Directory.GetFiles(texts).Order(StringComparer.Ordinal).ToList();
        var queries = new List<(string Text, string File, string Citation)>();
        while (queries.Count < 220)
        {
            var file = files[rng.Next(files.Count)];
            var units = UnitExtractor.Extract(engine.Parse(File.ReadAllText(file)), "q");
            var u = units[rng.Next(units.Count)];
            if (u.Text.Split(' ').Length >= 12) queries.Add((Reword(u.Text), Path.GetFileName(file), u.Citation));
        }
        var searcher = new ProvisionSearcher(engine);
        var options = new SearchOptions { Top = 10, Language = "en" };
        var times = new List<double>();
        int found = 0;
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu0 = TimeSpan.Zero;
        for (int i = 0; i < queries.Count; i++)
        {
            if (i == 20) { process.Refresh(); cpu0 = process.TotalProcessorTime; }
            var sw = Stopwatch.StartNew();
            var hits = searcher.Search(store, queries[i].Text, options);
            sw.Stop();
            if (i >= 20) times.Add(sw.Elapsed.TotalMilliseconds);
            if (i >= 20 && hits.Any(h => h.Document.EndsWith(queries[i].File, StringComparison.Ordinal) && h.Citation == queries[i].Citation)) found++;
        }
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu0).TotalMilliseconds / times.Count;
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1], cpuMs, (double)found / times.Count);
    }

    /// <summary>The source ranking of <paramref name="law"/>, a new variant of model number <paramref name="which"/> (from 0).</summary>
    private static (double Ms, double CpuMs, bool Right) SourceRanking(ModelLawEngine engine, LuceneProvisionStore store, string law, int which)
    {
        var finder = new SourceFinder(engine);
        var times = new List<double>();
        bool right = false;
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu0 = TimeSpan.Zero;
        for (int i = 0; i < 6; i++)
        {
            if (i == 1) { process.Refresh(); cpu0 = process.TotalProcessorTime; }
            var sw = Stopwatch.StartNew();
            var hits = finder.FindSourcesAsync(store, law).GetAwaiter().GetResult();
            sw.Stop();
            if (i > 0) times.Add(sw.Elapsed.TotalMilliseconds);   // the first run warms up
            right = hits.Count > 0 && hits[0].Document.EndsWith($"law-{which + 1:00000}-0.txt", StringComparison.Ordinal);
        }
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu0).TotalMilliseconds / times.Count;
        times.Sort();
        return (times[times.Count / 2], cpuMs, right);
    }

    private static string Reword(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 6 != 5).ToList();
        for (int i = 8; i + 1 < words.Count; i += 9) (words[i], words[i + 1]) = (words[i + 1], words[i]);
        return string.Join(' ', words);
    }

    private static string Uptime()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim() + " (1, 5, 15-minute load averages; 2 cores)";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private sealed class Progress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
