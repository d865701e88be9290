using System.Globalization;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Scoring;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>evalmodel [--score-model FILE] [--bars L,M,W,G ...] [--errors] [--staged-only] CASE...</c>: the eval table of the
/// first aligner and the staged pipeline side by side in one run, the staged one with a trial score model (a fit not yet
/// embedded) and trial assignment bars (several <c>--bars</c> give one table each, the texts read once), so weights and
/// bars are measured without rebuilding the library. A tuning aid; <c>modellaw eval</c> stays the judge.
/// </summary>
internal static class EvalModel
{
    public static int Run(string[] args)
    {
        string? modelFile = null;
        bool errors = false, stagedOnly = false;
        var bars = new List<AssignmentOptions>();
        var cases = new List<EvaluationCase>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--score-model") modelFile = args[++i];
            else if (args[i] == "--bars") bars.Add(Bars(args[++i]));
            else if (args[i] == "--errors") errors = true;
            else if (args[i] == "--staged-only") stagedOnly = true;
            else cases.AddRange(EvaluationCase.Resolve(args[i]));
        }
        var model = ScoreModel.Default;
        if (modelFile is not null)
            using (var s = File.OpenRead(modelFile)) model = ScoreModel.Parse(s);
        if (bars.Count == 0) bars.Add(AssignmentOptions.Default);

        var engine = ModelLawEngine.CreateDefault();
        var texts = cases.Select(c =>
        {
            var gold = GoldMapping.Load(c.MappingPath);
            var options = ReadOptions.Default with { Language = gold.Language };
            return (c.Name, gold, M: engine.ReadAsync(c.ModelPath, options).GetAwaiter().GetResult(), N: engine.ReadAsync(c.NationalPath, options).GetAwaiter().GetResult());
        }).ToList();
        if (!stagedOnly) Table("old", new DocumentComparer(new WordDiffer(), null), texts, errors: false);
        foreach (var b in bars)
        {
            var pipeline = new AlignmentPipelineBuilder().UseDefaultSignals().UseScoreModel(model).UseAssignment(b).Build();
            Table(string.Create(CultureInfo.InvariantCulture, $"staged {b.Link},{b.Move},{b.Window},{b.CoverageGain}"), new DocumentComparer(new WordDiffer(), pipeline), texts, errors);
        }
        return 0;
    }

    /// <summary><c>fit LAMBDA OUT.json CASE...</c>: the score model fitted with another L2 strength (a trial beside <c>modellaw eval --fit</c>).</summary>
    public static int Fit(string[] args)
    {
        var engine = ModelLawEngine.CreateDefault();
        var cases = args[2..].SelectMany(EvaluationCase.Resolve).Select(c =>
        {
            var gold = GoldMapping.Load(c.MappingPath);
            var options = ReadOptions.Default with { Language = gold.Language };
            return new FitCase(c.Name, engine.ReadAsync(c.ModelPath, options).GetAwaiter().GetResult(), engine.ReadAsync(c.NationalPath, options).GetAwaiter().GetResult(), gold);
        }).ToList();
        File.WriteAllText(args[1], ScoreModelFitter.Fit(cases, double.Parse(args[0], CultureInfo.InvariantCulture), null, default));
        return 0;
    }

    private static void Table(string path, DocumentComparer comparer, List<(string Name, GoldMapping Gold, LegalDocument M, LegalDocument N)> texts, bool errors)
    {
        Console.WriteLine($"== {path}");
        double sumArticle = 0, sumParagraph = 0;
        foreach (var (name, gold, m, n) in texts)
        {
            var r = AlignmentEvaluator.Evaluate(m, n, AlignmentEvaluator.FromComparison(comparer.Compare(m, n)), gold);
            sumArticle += r.Article.F1;
            sumParagraph += r.Paragraph.F1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-38} | {Prf(r.Article),-17} | {Prf(r.Paragraph),-17} | {Pr(r.Omission)}"));
            if (errors) WriteErrors(r.Errors);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   sum of F1: article {sumArticle:0.000}, paragraph {sumParagraph:0.000}"));
    }

    private static AssignmentOptions Bars(string s)
    {
        var v = s.Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        return new AssignmentOptions(v[0], v[1], v[2], v[3]);
    }

    private static void WriteErrors(EvaluationErrors e)
    {
        Section("wrong article pairs", e.WrongArticlePairs);
        Section("missed article pairs", e.MissedArticlePairs);
        Section("wrong paragraph pairs", e.WrongParagraphPairs);
        Section("missed paragraph pairs", e.MissedParagraphPairs);
        Section("wrong omissions", e.WrongOmissions);
        Section("missed omissions", e.MissedOmissions);

        static void Section(string title, IReadOnlyCollection<string> items)
        {
            if (items.Count > 0) Console.WriteLine($"  {title} ({items.Count}): {string.Join("; ", items)}");
        }
    }

    private static string Prf(Score s) => s.IsJudged ? string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} {s.Recall:0.000} {s.F1:0.000}") : "n/a";

    private static string Pr(Score s) => s.IsJudged ? string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} {s.Recall:0.000}") : "n/a";
}
