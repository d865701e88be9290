#if MODELLAW_BASELINE
extern alias baseline;
#endif
using BenchmarkDotNet.Attributes;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// Issue 17's read+parse target: MiFID I and MiFID II (English) read from their files (bytes, decoding, language
/// detection) and parsed into their trees, as <c>compare</c> does before aligning. When benchmarks/tools/build-baseline.sh
/// has built a baseline commit, <c>ReadParseBaseline</c> does the same with it in the same run (the Ratio column).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Throughput, launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class ReadParseBenchmarks
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private string _model = "", _national = "";

    [GlobalSetup]
    public void Setup() => (_model, _national) = Inputs.Mifid();

    /// <summary>Both MiFID texts read and parsed by the current library; returns the two provision counts.</summary>
    [Benchmark]
    public int ReadParse() =>
        _engine.ReadAsync(_model, ReadOptions.Default).GetAwaiter().GetResult().Root.Children.Length
        + _engine.ReadAsync(_national, ReadOptions.Default).GetAwaiter().GetResult().Root.Children.Length;

#if MODELLAW_BASELINE
    private readonly baseline::ModelLaw.ModelLawEngine _baseline = baseline::ModelLaw.ModelLawEngine.CreateDefault();

    /// <summary>The same by the baseline build (benchmarks/ModelLaw.Benchmarks/baseline/).</summary>
    [Benchmark(Baseline = true)]
    public int ReadParseBaseline() =>
        _baseline.ReadAsync(_model, baseline::ModelLaw.Reading.ReadOptions.Default).GetAwaiter().GetResult().Root.Children.Length
        + _baseline.ReadAsync(_national, baseline::ModelLaw.Reading.ReadOptions.Default).GetAwaiter().GetResult().Root.Children.Length;
#endif
}
