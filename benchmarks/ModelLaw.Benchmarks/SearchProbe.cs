using System.Diagnostics;
using ModelLaw.Search.Lucene;
using ModelLaw.Search.Units;
namespace ModelLaw.Benchmarks;
/// <summary>
/// <c>search-probe DIR</c>: where a search's CPU goes, on the store of a <c>search-scale</c> run (DIR is its baseline or
/// target folder): the store's candidates, the re-scoring, the documents' names; thread CPU per query over 100 queries.
/// </summary>
internal static class SearchProbe
{
    public static int Run(string[] args)
    {
        var engine = ModelLawEngine.CreateDefault();
        using var store = LuceneProvisionStore.Open(Path.Combine(args[0], "store"));
        var files = Directory.GetFiles(Path.Combine(args[0], "texts")).Order(StringComparer.Ordinal).ToList();
        var rng = new Random(7);
        var queries = new List<string>();
        while (queries.Count < 120)
        {
            var units = UnitExtractor.Extract(engine.Parse(File.ReadAllText(files[rng.Next(files.Count)])), "q");
            var u = units[rng.Next(units.Count)];
            if (u.Text.Split(' ').Length >= 12) queries.Add(u.Text);
        }
        double cand = 0, rescore = 0, docs = 0; int n = 0;
        for (int i = 0; i < queries.Count; i++)
        {
            var t0 = ThreadCpu.Milliseconds();
            var c = store.Candidates(queries[i], "en", 50);
            var t1 = ThreadCpu.Milliseconds();
            var q = PassageSimilarity.Analyse(queries[i]);
            foreach (var x in c) PassageSimilarity.Score(q, PassageSimilarity.Analyse(x.Unit.Text));
            var t2 = ThreadCpu.Milliseconds();
            store.Documents(c.Select(x => x.Unit.DocumentKey).Distinct().ToList());
            var t3 = ThreadCpu.Milliseconds();
            if (i >= 20) { cand += t1 - t0; rescore += t2 - t1; docs += t3 - t2; n++; }
        }
        Console.WriteLine($"thread CPU per query: candidates {cand / n:0.00} ms, rescore {rescore / n:0.00} ms, documents {docs / n:0.00} ms");
        return 0;
    }
}
