using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ModelLaw.Benchmarks.Synthetic;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// Alignment cost against the size of the law: a synthetic model law of about 10², 10³ and 10⁴ provisions (vocabulary,
/// phrasing and structure sampled from the English corpus texts) against a national variant of it (articles deleted,
/// moved, inserted, edited, split, renumbered). Both texts are parsed in setup; <see cref="Align"/> measures the
/// alignment alone (no word diffs), <see cref="Compare"/> alignment plus word diffs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class ScalingBenchmarks
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private static readonly CompareOptions AlignOnly = new() { ComputeDiffs = false };
    private LegalDocument _model = null!;
    private LegalDocument _national = null!;

    /// <summary>Provisions in the model law (chapters, articles, paragraphs and points).</summary>
    [Params(100, 1_000, 10_000)]
    public int Provisions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var gen = SyntheticLawGenerator.FromCorpus("en");
        var model = gen.Law(Provisions, new Random(42));
        var national = gen.Variant(model, new Random(43));
        var options = ReadOptions.Default with { Language = "en" };
        _model = _engine.Parse(SyntheticLawGenerator.Render(model, "Synthetic model law"), options with { SourceName = "model.txt" });
        _national = _engine.Parse(SyntheticLawGenerator.Render(national, "Synthetic national law"), options with { SourceName = "national.txt" });
        Console.WriteLine($"// synthetic pair: {_model.Root.Descendants().Count()} model and {_national.Root.Descendants().Count()} national provisions");
    }

    /// <summary>Alignment at every level, no word diffs.</summary>
    [Benchmark]
    public Comparison Align() => _engine.Compare(_model, _national, AlignOnly);

    /// <summary>Alignment and the word diff of every aligned pair.</summary>
    [Benchmark]
    public Comparison Compare() => _engine.Compare(_model, _national);
}
