using System.Globalization;
using ModelLaw.Tests.Comparing.Randomized;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe random [SEEDS] [--laws a,b] [--profiles p,q] [--errors]</c>: the randomized cases of issue 17 (the test-side
/// generator, ground truth by construction) scored with the evaluator <c>modellaw eval</c> uses, for every aligner this
/// build has (default, and staged while it sits behind its switch). Prints article / paragraph F1 and omission P/R per
/// law, profile and seed, then the pooled figures per profile and, for the mixed cases, per operation. SEEDS: "1-5" or
/// "1,2,3" (default 1-3).
/// </summary>
internal static class RandomProbe
{
    public static int Run(string[] args)
    {
        var seeds = Seeds(args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsValueOf(args, a)) ?? "1-3");
        var laws = Option(args, "--laws")?.Split(',').Select(RandomizedLaw.Named).ToList() ?? [.. RandomizedLaw.All];
        var profiles = Option(args, "--profiles")?.Split(',').Select(MutationProfile.Named).ToList() ?? [.. MutationProfile.All];
        bool errors = args.Contains("--errors");
        var loader = new RandomizedLawLoader(Inputs.RealTexts, Path.Combine(Inputs.RepositoryRoot, "corpus"));
        var aligners = Aligners.Available();
        Console.WriteLine($"aligners: {string.Join(", ", aligners.Select(a => a.Name))}; seeds {string.Join(",", seeds)}; load {Load()}");
        Console.WriteLine($"{"law",-21} {"profile",-9} {"seed",4} {"aligner",-8} {"art P",6} {"art R",6} {"art F1",6} {"par F1",6} {"om P",6} {"om R",6}  operations");
        var scores = new List<CaseScore>();
        foreach (var law in laws)
        {
            var (model, filler) = loader.Load(law);
            foreach (var profile in profiles)
                foreach (var seed in seeds)
                {
                    var c = LawMutator.Mutate(law, model, filler, profile, seed);
                    foreach (var (name, comparer) in aligners)
                    {
                        var s = RandomizedScoring.Score(c, comparer, name);
                        scores.Add(s);
                        var r = s.Result;
                        Console.WriteLine($"{law.Name,-21} {profile.Name,-9} {seed,4} {name,-8} {r.Article.Precision,6:0.000} {r.Article.Recall,6:0.000} {r.Article.F1,6:0.000} {r.Paragraph.F1,6:0.000} {r.Omission.Precision,6:0.000} {r.Omission.Recall,6:0.000}  {Operations(c)}");
                        if (errors) PrintErrors(r.Errors, c);
                    }
                }
        }
        Summaries(scores);
        return 0;
    }

    private static void Summaries(List<CaseScore> scores)
    {
        Console.WriteLine();
        Console.WriteLine("pooled over laws and seeds (sums of pairs, as one big table), cases at >= 0.98 article F1:");
        foreach (var g in scores.GroupBy(s => (s.Case.Profile.Name, s.Aligner)))
        {
            var article = Sum(g.Select(s => s.Result.Article));
            var paragraph = Sum(g.Select(s => s.Result.Paragraph));
            var omission = Sum(g.Select(s => s.Result.Omission));
            int reached = g.Count(s => s.Result.Article.F1 >= 0.98);
            Console.WriteLine($"  {g.Key.Name,-9} {g.Key.Aligner,-8} article {article}, paragraph F1 {paragraph.F1:0.000}, omission P {omission.Precision:0.000} R {omission.Recall:0.000} ({omission.Predicted - omission.Correct} wrong); {reached}/{g.Count()} cases >= 0.98, worst {g.Min(s => s.Result.Article.F1):0.000}");
        }
        var mixed = scores.Where(s => s.Case.Profile.Name == MutationProfile.Mixed.Name).ToList();
        if (mixed.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine("mixed cases, article score over the model articles each operation touched:");
        foreach (var g in mixed.SelectMany(s => s.ArticleByKind.Select(k => (s.Aligner, Kind: k.Key, Score: k.Value))).GroupBy(x => (x.Kind, x.Aligner)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal))
            Console.WriteLine($"  {g.Key.Kind,-10} {g.Key.Aligner,-8} {Sum(g.Select(x => x.Score))}");
    }

    private static Score Sum(IEnumerable<Score> scores)
    {
        var list = scores.ToList();
        return new Score(list.Sum(s => s.Correct), list.Sum(s => s.Predicted), list.Sum(s => s.Expected), list.Sum(s => s.Found));
    }

    private static void PrintErrors(EvaluationErrors e, RandomizedCase c)
    {
        if (!e.WrongArticlePairs.IsEmpty) Console.WriteLine($"      wrong articles: {string.Join(", ", e.WrongArticlePairs.Select(p => Explained(p, c)))}");
        if (!e.MissedArticlePairs.IsEmpty) Console.WriteLine($"      missed articles: {string.Join(", ", e.MissedArticlePairs.Select(p => Explained(p, c)))}");
        if (!e.WrongParagraphPairs.IsEmpty) Console.WriteLine($"      wrong paragraphs: {string.Join(", ", e.WrongParagraphPairs)}");
        if (!e.MissedParagraphPairs.IsEmpty) Console.WriteLine($"      missed paragraphs: {string.Join(", ", e.MissedParagraphPairs)}");
        if (!e.WrongOmissions.IsEmpty) Console.WriteLine($"      wrong omissions: {string.Join(", ", e.WrongOmissions.Select(p => Explained(p, c)))}");
        if (!e.MissedOmissions.IsEmpty) Console.WriteLine($"      missed omissions: {string.Join(", ", e.MissedOmissions)}");
    }

    // "art:7 → art:4" or "art:7(2)" with what was done to model article 7: "art:7 → art:4 (split, reword)"
    private static string Explained(string pair, RandomizedCase c) =>
        c.ModelKinds.TryGetValue(new string(pair.TakeWhile(ch => ch is not (' ' or '(' or '[')).ToArray()), out var kinds) && !kinds.IsEmpty
            ? $"{pair} ({string.Join(", ", kinds.Select(k => k.ToString().ToLowerInvariant()))})" : pair;

    private static string Operations(RandomizedCase c) =>
        $"{c.Numbering}{(c.Offset > 0 ? "+" + c.Offset.ToString(CultureInfo.InvariantCulture) : "")} "
        + string.Join(" ", c.Counts.Select(k => $"{k.Key.ToString().ToLowerInvariant()}:{k.Value}"));

    private static List<int> Seeds(string spec) =>
        spec.Contains('-', StringComparison.Ordinal)
            ? Enumerable.Range(int.Parse(spec.Split('-')[0], CultureInfo.InvariantCulture),
                int.Parse(spec.Split('-')[1], CultureInfo.InvariantCulture) - int.Parse(spec.Split('-')[0], CultureInfo.InvariantCulture) + 1).ToList()
            : spec.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static bool IsValueOf(string[] args, string a) => Array.IndexOf(args, a) is var i and > 0 && args[i - 1] is "--laws" or "--profiles";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
