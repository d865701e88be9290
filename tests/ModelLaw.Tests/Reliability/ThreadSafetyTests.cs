using System.Collections.Concurrent;
using System.Text;
using ModelLaw.Coverage;
using ModelLaw.Drafting.Lint;
using ModelLaw.Reading;
using ModelLaw.Writing.AkomaNtoso;
using ModelLaw.Writing.Json;

namespace ModelLaw.Tests.Reliability;

/// <summary>
/// ModelLaw's services are singletons shared by every request of the add-in host. Used from eight threads at once, one
/// engine must give byte for byte what it gives sequentially: parse, Akoma Ntoso round trip, compare, coverage and lint of
/// every corpus pair.
/// </summary>
[NonParallelizable]
public class ThreadSafetyTests
{
    private const int Threads = 8;
    private static readonly (string Language, string National)[] Pairs =
        [("en", "arcadia"), ("fr", "valmont"), ("ru", "severia"), ("es", "aldara"), ("ar", "alwaha"), ("zh", "haicheng")];

    [Test]
    public void Eight_threads_sharing_one_engine_get_the_sequential_results()
    {
        var engine = ModelLawEngine.CreateDefault();
        var catalog = PrincipleCatalog.Load(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json"));
        var sequential = Pairs.Select(p => Fingerprint(engine, catalog, p)).ToArray();

        var concurrent = new ConcurrentBag<(int Pair, string Result)>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // each thread takes three pairs, starting at a different one, so that different work overlaps
            for (int k = 0; k < 3; k++)
            {
                int pair = (t + k) % Pairs.Length;
                concurrent.Add((pair, Fingerprint(engine, catalog, Pairs[pair])));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join(TimeSpan.FromMinutes(5)).Should().BeTrue("a thread did not finish"));

        concurrent.Should().HaveCount(Threads * 3);
        foreach (var (pair, result) in concurrent)
            result.Should().Be(sequential[pair], $"the {Pairs[pair].National} results from a concurrent run must equal the sequential ones");
    }

    /// <summary>Everything the engine makes of one pair, serialised.</summary>
    private static string Fingerprint(ModelLawEngine engine, PrincipleCatalog catalog, (string Language, string National) pair)
    {
        var modelPath = Path.Combine(TestPaths.Corpus, "models", $"ai-ct-model-law.{pair.Language}.txt");
        var nationalPath = Path.Combine(TestPaths.Corpus, "national", $"{pair.National}.{pair.Language}.txt");
        var model = engine.ReadAsync(modelPath).GetAwaiter().GetResult();
        var national = engine.ReadAsync(nationalPath).GetAwaiter().GetResult();

        var sb = new StringBuilder();
        var json = engine.GetService<JsonDocumentWriter>();
        sb.AppendLine(json.WriteToString(model)).AppendLine(json.WriteToString(national));

        var akn = engine.GetService<AkomaNtosoWriter>().WriteToString(national);
        var back = engine.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(akn)), new ReadOptions { SourceName = "back.xml" }).GetAwaiter().GetResult();
        sb.AppendLine(json.WriteToString(back with { SourceName = national.SourceName, Format = national.Format }));

        var comparison = engine.Compare(model, national);
        using (var ms = new MemoryStream())
        {
            new ComparisonJsonWriter().Write(comparison, ms);
            sb.AppendLine(Encoding.UTF8.GetString(ms.ToArray()));
        }

        var coverage = engine.Coverage(national, catalog, comparison);
        foreach (var p in coverage.Principles)
            sb.Append(p.Principle.Id).Append(' ').Append(p.Status).Append(' ').Append(p.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
              .Append(' ').Append(p.DerivedStatus).Append(' ').AppendJoin(",", p.Evidence.Select(e => e.EId + ":" + e.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))
              .AppendLine();

        foreach (var f in engine.Lint(national).Findings)
            sb.Append(f.Code).Append(' ').Append(f.EId).Append(' ').AppendLine(f.Message);
        return sb.ToString();
    }
}
