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

        [CommandOption("--lang <LANG>")]
        [Description("Language of the texts; by default the mapping's \"language\", else detected.")]
        public string? Language { get; init; }

        [CommandOption("--model-lang <LANG>")]
        [Description("Language of the model when it differs from the national text's (a case rebuilt across languages); by default the same as --lang.")]
        public string? ModelLanguage { get; init; }

        [CommandOption("--no-cross-language")]
        [Description("Refuse cases whose texts are in different languages instead of comparing them across languages.")]
        public bool NoCrossLanguage { get; init; }

        [CommandOption("--fail-under <F1>")]
        [Description("Exit 1 when any case's article-level F1 is below this.")]
        public double? FailUnder { get; init; }

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

        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine("case                                      | aligner: article P/R/F1 | paragraph P/R/F1  | omission P/R | same-number baseline: article P/R/F1 | paragraph P/R/F1  | omission P/R");
        bool fail = false;
        foreach (var c in cases)
        {
            var gold = GoldMapping.Load(c.MappingPath);
            var lang = settings.Language ?? gold.Language;
            var model = Read(c.ModelPath, settings.ModelLanguage ?? lang, cancellationToken);
            var national = Read(c.NationalPath, lang, cancellationToken);
            var options = Comparing.CompareOptions.Default with { CrossLanguage = !settings.NoCrossLanguage };
            var comparison = Engine.Compare(model, national, options, cancellationToken);
            var ours = AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.FromComparison(comparison), gold);
            var baseline = AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.SameNumberBaseline(model, national), gold);
            Console.Out.WriteLine(string.Create(inv,
                $"{c.Name,-41} | {Prf(ours.Article),-23} | {Prf(ours.Paragraph),-17} | {Pr(ours.Omission),-12} | {Prf(baseline.Article),-36} | {Prf(baseline.Paragraph),-17} | {Pr(baseline.Omission)}"));
            if (settings.Errors) WriteErrors(ours.Errors);
            if (settings.FailUnder is { } min && ours.Article.F1 < min) fail = true;
        }
        return fail ? CliApp.Findings : CliApp.Ok;
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

    private static string Prf(Score s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} {s.Recall:0.000} {s.F1:0.000}");

    private static string Pr(Score s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} {s.Recall:0.000}");
}
