using System.ComponentModel;
using System.Globalization;
using ModelLaw.Comparing;
using ModelLaw.Workflows.Evaluation;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw eval CASE...</c>: compares each case's model and national texts and scores the alignment against its
/// mapping (article level, article+paragraph level, omissions), beside the same-number baseline.
/// </summary>
internal sealed class EvalCommand : CommandBase<EvalCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "[CASE]")]
        [Description("Case folders (model.txt, national.txt, mapping.json), mapping files naming their texts (model_file/national_file), or folders of *.mapping.json.")]
        public string[] Cases { get; init; } = [];

        [CommandOption("--model <FILE>")]
        [Description("Model text of a single case given by --model/--national/--mapping.")]
        public string? Model { get; init; }

        [CommandOption("--national <FILE>")]
        [Description("National text of a single case.")]
        public string? National { get; init; }

        [CommandOption("--mapping <FILE>")]
        [Description("Mapping of a single case.")]
        public string? Mapping { get; init; }

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of the texts; by default the mapping's \"language\", else detected.")]
        public string? Language { get; init; }

        [CommandOption("--model-lang <LANG>")]
        [Description("Language of the model when it differs from the national text's (a case rebuilt across languages); by default the same as --lang.")]
        public string? ModelLanguage { get; init; }

        [CommandOption("--model-version <FILE>")]
        [Description("The model's own version in another language (repeatable): a national text in that language is read against the model through it.")]
        public string[] ModelVersions { get; init; } = [];

        [CommandOption("--no-cross-language")]
        [Description("Refuse cases whose texts are in different languages instead of comparing them across languages.")]
        public bool NoCrossLanguage { get; init; }

        [CommandOption("--fail-under <F1>")]
        [Description("Exit 1 when any case's article-level F1 is below this.")]
        public double? FailUnder { get; init; }

        [CommandOption("--fit <FILE>")]
        [Description("Instead of scoring, fit the alignment's score model on the given cases' tables and write it to FILE (the format of the shipped model). Fit on some tables, judge on others.")]
        public string? Fit { get; init; }

        [CommandOption("--fit-date <DATE>")]
        [Description("The date written in the fitted model's provenance (none by default: the same tables give the same bytes).")]
        public string? FitDate { get; init; }

        [CommandOption("--signals")]
        [Description("After each case's scores, the mean contribution of each signal of the score model (weight × feature, in log-odds) over the links it made.")]
        public bool Signals { get; init; }

        [CommandOption("--errors")]
        [Description("After each case's scores, list its mistakes: wrong and missed article and paragraph pairs, wrong and missed omissions.")]
        public bool Errors { get; init; }

        public override Spectre.Console.ValidationResult Validate()
        {
            bool single = Model is not null || National is not null || Mapping is not null;
            if (single && (Model is null || National is null || Mapping is null))
                return Spectre.Console.ValidationResult.Error("--model, --national and --mapping go together");
            if (!single && Cases.Length == 0) return Spectre.Console.ValidationResult.Error("give at least one CASE, or --model/--national/--mapping");
            return Spectre.Console.ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var cases = new List<EvaluationCase>();
        if (settings.Mapping is not null)
            cases.Add(new EvaluationCase(Path.GetFileNameWithoutExtension(settings.Mapping), settings.Model!, settings.National!, settings.Mapping));
        foreach (var c in settings.Cases) cases.AddRange(EvaluationCase.Resolve(c));

        if (settings.Fit is { } fitFile) return FitModel(cases, settings, fitFile, cancellationToken);
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine("case                                      | aligner: article P/R/F1 | paragraph P/R/F1  | omission P/R | same-number baseline: article P/R/F1 | paragraph P/R/F1  | omission P/R");
        bool fail = false;
        var versions = ReadVersions(settings.ModelVersions, cancellationToken);
        foreach (var c in cases)
        {
            var gold = GoldMapping.Load(c.MappingPath);
            var lang = settings.Language ?? gold.Language; // GoldMapping reads "auto" as no language: detect it
            var model = Read(c.ModelPath, settings.ModelLanguage ?? lang, cancellationToken);
            var national = Read(c.NationalPath, lang, cancellationToken);
            var options = Comparing.CompareOptions.Default with { CrossLanguage = !settings.NoCrossLanguage, ModelVersions = versions };
            var comparison = Engine.Compare(model, national, options, cancellationToken);
            var ours = AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.FromComparison(comparison), gold);
            var baseline = AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.SameNumberBaseline(model, national), gold);
            Console.Out.WriteLine(string.Create(inv,
                $"{c.Name,-41} | {Prf(ours.Article),-23} | {Prf(ours.Paragraph),-17} | {Pr(ours.Omission),-12} | {Prf(baseline.Article),-36} | {Prf(baseline.Paragraph),-17} | {Pr(baseline.Omission)}"));
            if (ours.NotJudged > 0)
                Console.Out.WriteLine($"  {ours.NotJudged} final provision(s) linked by their role (entry into force, repeal...) that the table leaves out: not judged");
            if (!ours.Article.IsJudged)
                Console.Out.WriteLine("  nothing could be judged: no citation of the table could be read (the scores above mean nothing)");
            if (settings.Signals) WriteSignals(comparison);
            if (settings.Errors) WriteErrors(ours.Errors);
            if (settings.FailUnder is { } min && (ours.Article.F1 < min || !ours.Article.IsJudged)) fail = true;
        }
        return fail ? CliApp.Findings : CliApp.Ok;
    }

    private int FitModel(List<EvaluationCase> cases, Settings settings, string file, CancellationToken ct)
    {
        var fit = new List<FitCase>();
        foreach (var c in cases)
        {
            var gold = GoldMapping.Load(c.MappingPath);
            var lang = settings.Language ?? gold.Language;
            fit.Add(new FitCase(c.Name, Read(c.ModelPath, lang, ct), Read(c.NationalPath, lang, ct), gold));
        }
        File.WriteAllText(file, ScoreModelFitter.Fit(fit, settings.FitDate, ct));
        Console.Out.WriteLine($"fitted on {cases.Count} case(s): {file}");
        return CliApp.Ok;
    }

    private static void WriteSignals(Comparison comparison)
    {
        var sums = new SortedDictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var l in comparison.AllLinks())
            foreach (var e in l.Evidence)
                if (e.Contribution is { } c && e.Detail is { } signal)
                    sums[signal] = (sums.GetValueOrDefault(signal).Sum + c, sums.GetValueOrDefault(signal).Count + 1);
        if (sums.Count == 0) return;
        Console.Out.WriteLine("  signals (mean weight × feature over links): " + string.Join(", ",
            sums.OrderByDescending(kv => Math.Abs(kv.Value.Sum / kv.Value.Count)).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.Sum / kv.Value.Count:+0.00;-0.00}"))));
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
            if (items.Count == 0) return;
            Console.Out.WriteLine($"  {title} ({items.Count}): {string.Join("; ", items)}");
        }
    }

    private static string Prf(Score s) => s.IsJudged ? string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} {s.Recall:0.000} {s.F1:0.000}") : "n/a";

    private static string Pr(Score s) => s.IsJudged ? string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} {s.Recall:0.000}") : "n/a";
}
