#if MODELLAW_BASELINE
extern alias baseline;
#endif
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// Plain-text parse throughput on every real text under ../shared/real-texts (EU acts in English and French, the
/// Spanish constitution, Saudi and Chinese laws): text already in memory, parse into the provision tree. The MB/s
/// column is the UTF-8 size of the file divided by the median. When benchmarks/tools/build-baseline.sh has built a
/// baseline commit, <c>ParseBaseline</c> parses the same text with it in the same run (the Ratio column).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ThroughputConfig))]
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ParseBenchmarks
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private string _text = "";

    /// <summary>The file, relative to ../shared/real-texts.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    /// <summary>Every plain-text real text, or those whose names contain one of the comma-separated words of PARSE_FILES.</summary>
    public static IEnumerable<string> Files()
    {
        var only = Environment.GetEnvironmentVariable("PARSE_FILES")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Inputs.RealPlainTexts().Where(f => only is not { Length: > 0 } || only.Any(w => f.Contains(w, StringComparison.Ordinal)));
    }

    [GlobalSetup]
    public void Setup() => _text = System.IO.File.ReadAllText(Path.Combine(Inputs.RealTexts, File));

    /// <summary>Parse the text, language detection included (as the CLI does without --lang).</summary>
    [Benchmark]
    public LegalDocument Parse() => _engine.Parse(_text, ReadOptions.Default with { SourceName = File });

#if MODELLAW_BASELINE
    private readonly baseline::ModelLaw.ModelLawEngine _baseline = baseline::ModelLaw.ModelLawEngine.CreateDefault();

    /// <summary>The same parse by the baseline build (benchmarks/ModelLaw.Benchmarks/baseline/).</summary>
    [Benchmark(Baseline = true)]
    public object ParseBaseline() => _baseline.Parse(_text, baseline::ModelLaw.Reading.ReadOptions.Default with { SourceName = File });
#endif

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>UTF-8 megabytes of the benchmark's <see cref="File"/> per second of median time.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes (10^6 bytes) of the input parsed per second of median time";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var file = benchmarkCase.Parameters["File"] as string;
            if (report?.ResultStatistics is null || file is null) return "-";
            var bytes = new FileInfo(Path.Combine(Inputs.RealTexts, file)).Length;
            var seconds = report.ResultStatistics.Median / 1e9;
            return (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
