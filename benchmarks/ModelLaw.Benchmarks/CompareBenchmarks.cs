using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DiffPlex;
using DiffPlex.Chunkers;
using ModelLaw.Comparing;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// The headline comparison: MiFID I (Directive 2004/39/EC, as the "model") against MiFID II (Directive 2014/65/EU,
/// as the "national" text). <see cref="ModelLawCompare"/> does all the work of <c>modellaw compare</c> in process: read
/// both files, parse them, align at every level and word-diff every aligned pair. The baseline is DiffPlex 1.9.0's
/// whole-document word diff of the same two files (no structure, no alignment), measured in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class CompareBenchmarks
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private string _modelPath = "";
    private string _nationalPath = "";

    [GlobalSetup]
    public void Setup() => (_modelPath, _nationalPath) = Inputs.Mifid();

    /// <summary>Read + parse + align + word-diff every aligned pair.</summary>
    [Benchmark]
    public Comparison ModelLawCompare()
    {
        var model = _engine.ReadAsync(_modelPath, ReadOptions.Default with { SourceName = "model.txt" }).GetAwaiter().GetResult();
        var national = _engine.ReadAsync(_nationalPath, ReadOptions.Default with { SourceName = "national.txt" }).GetAwaiter().GetResult();
        return _engine.Compare(model, national);
    }

    /// <summary>DiffPlex 1.9.0, whole-document word diff of the same two files (read included).</summary>
    [Benchmark(Baseline = true)]
    public int DiffPlexWordDiff()
    {
        var a = File.ReadAllText(_modelPath);
        var b = File.ReadAllText(_nationalPath);
        return Differ.Instance.CreateDiffs(a, b, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance).DiffBlocks.Count;
    }
}
