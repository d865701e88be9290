using BenchmarkDotNet.Attributes;
using ModelLaw.Documents;

namespace ModelLaw.Benchmarks;

/// <summary>Cost of freezing a provision tree (eIds, citations, content hashes) of a law-sized document.</summary>
[MemoryDiagnoser]
public class TreeBuildBenchmarks
{
    [Params(100, 1000)]
    public int Articles { get; set; }

    [Benchmark]
    public Provision BuildTree()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        for (int a = 1; a <= Articles; a++)
        {
            var art = root.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new($"Article {a}", a.ToString(), a) });
            for (int p = 1; p <= 3; p++)
                art.Add(new ProvisionBuilder(ProvisionKind.Paragraph) { Number = new($"{p}.", p.ToString(), p), Content = "Member States shall ensure that competent authorities cooperate." });
        }
        return root.Build();
    }
}
