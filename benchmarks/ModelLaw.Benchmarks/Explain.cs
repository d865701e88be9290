using System.Globalization;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>explain [--score-model FILE] CASE|MAPPING.json CITATION...</c>: for each model provision whose citation starts with one of the CITATIONs, its
/// candidates at the unit and part levels with every signal and the probability, and the links it ended in. A reading
/// aid for tuning the staged alignment on ../shared/real-texts (nothing of it is committed output).
/// </summary>
internal static class Explain
{
    public static int Run(string[] args)
    {
        var pipeline = AlignmentPipeline.Default;
        if (args.Length > 1 && args[0] == "--score-model")
        {
            using (var s = File.OpenRead(args[1])) pipeline = pipeline.With(Comparing.Alignment.Scoring.ScoreModel.Parse(s));
            args = args[2..];
        }
        var (mp, np) = args[0].EndsWith(".json", StringComparison.Ordinal) ? ("", "") : Inputs.Case(args[0]);
        var lang = args[0].EndsWith("-fr", StringComparison.Ordinal) ? "fr" : "en";
        if (args[0].EndsWith(".json", StringComparison.Ordinal))
        {
            var c = Workflows.Evaluation.EvaluationCase.Resolve(args[0])[0];
            (mp, np, lang) = (c.ModelPath, c.NationalPath, Workflows.Evaluation.GoldMapping.Load(c.MappingPath).Language ?? "en");
        }
        var engine = ModelLawEngine.CreateDefault();
        var m = engine.ReadAsync(mp, ReadOptions.Default with { Language = lang }).GetAwaiter().GetResult();
        var n = engine.ReadAsync(np, ReadOptions.Default with { Language = lang }).GetAwaiter().GetResult();
        var input = ComparisonInput.Build(m.Root, n.Root, lang, 1, 1, default);
        var facts = ComparisonFacts.Build(input, ReferencePatterns.For(Comparing.CompareOptions.Default.ExplicitReferencePatterns), default);
        var unitCtx = HierarchicalAligner.UnitContext(input, facts);
        var unitPairs = pipeline.Candidate(unitCtx, HierarchicalAligner.UnitSources(pipeline.Candidates));
        var units = new RowLinks(LevelRun.Run(pipeline, unitCtx, HierarchicalAligner.UnitSources(pipeline.Candidates)), input.Model.Count, input.National.Count);
        var partCtx = HierarchicalAligner.PartContext(input, facts, units);
        var partPairs = pipeline.Candidate(partCtx, HierarchicalAligner.PartSources(pipeline.Candidates));
        var result = pipeline.Align(input, facts, default);
        Console.WriteLine("roles: model " + string.Join(", ", Enumerable.Range(0, input.Model.Count).Where(r => facts.ModelRole[r] != FinalRole.None).Select(r => $"{input.Model.Source[r].Citation} {facts.ModelRole[r]}"))
            + "; national " + string.Join(", ", Enumerable.Range(0, input.National.Count).Where(r => facts.NationalRole[r] != FinalRole.None).Select(r => $"{input.National.Source[r].Citation} {facts.NationalRole[r]}")));
        foreach (var prefix in args[1..])
            for (int r = 0; r < input.Model.Count; r++)
            {
                var c = input.Model.Source[r].Citation;
                if (c != prefix && !c.StartsWith(prefix + "(", StringComparison.Ordinal)) continue;
                Console.WriteLine($"== {c}  role {facts.ModelRole[r]}  repeated {facts.ModelRepeated[r]}");
                Show(pipeline, unitPairs, input, r);
                Show(pipeline, partPairs, input, r);
                int l = result.Links.OfModel(r);
                if (l >= 0) Console.WriteLine($"   linked: {string.Join(", ", result.Links.Links[l].NationalRows.Select(x => input.National.Source[x].Citation))} ({result.Links.Links[l].Origin}, {result.Links.Links[l].Level}, p {result.Links.Links[l].Probability:0.000})");
                else Console.WriteLine("   linked: -");
            }
        return 0;
    }

    private static void Show(AlignmentPipeline pipeline, CandidateSet pairs, ComparisonInput input, int row)
    {
        int slot = pairs.Rows.ModelSlot(row);
        if (slot < 0) return;
        var p = pipeline.Model.Probabilities(pairs.Rows.Level, pairs);
        var (a, b) = pairs.OfModel(slot);
        var order = Enumerable.Range(a, b - a).OrderByDescending(i => p[i]).Take(6);
        Console.WriteLine($"   {pairs.Rows.Level}: " + string.Join(" ", pairs.Names.Select(x => x[..Math.Min(6, x.Length)])));
        foreach (var i in order)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"     {input.National.Source[pairs.NationalRow(i)].Citation,-22} p {p[i]:0.000}  {string.Join(" ", Enumerable.Range(0, pairs.Columns).Select(k => pairs.Feature(k, i).ToString("0.00", CultureInfo.InvariantCulture)))}"));
    }
}
