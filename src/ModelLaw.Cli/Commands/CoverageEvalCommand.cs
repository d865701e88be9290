using System.ComponentModel;
using System.Globalization;
using System.Text;
using ModelLaw.Coverage;
using ModelLaw.Coverage.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw coverage-eval LABELS... --principles CATALOG [--details]</c>: scores the coverage analyzer against hand-made
/// principle labels and prints precision and recall per label file and per language, one set per LABELS argument (so the
/// corpus labels and the real-text labels are reported apart).
/// </summary>
internal sealed class CoverageEvalCommand : CommandBase<CoverageEvalCommand.Settings>
{
    public sealed class Settings : InputSettings, IWritesFile
    {
        [CommandArgument(0, "<LABELS>")]
        [Description("Label files (*.principles.json) or folders holding them; each argument is one set in the table.")]
        public string[] Labels { get; init; } = [];

        [CommandOption("--principles <CATALOG>")]
        [Description("Principle catalogue (JSON), e.g. corpus/principles/ai-counter-terrorism.json.")]
        public string? Principles { get; init; }

        [CommandOption("--details")]
        [Description("After the tables, list every false positive, false negative and unresolved citation.")]
        public bool Details { get; init; }

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf("md");

        public override ValidationResult Validate()
        {
            if (Labels.Length == 0) return ValidationResult.Error("give at least one LABELS file or folder");
            if (string.IsNullOrWhiteSpace(Principles)) return ValidationResult.Error("--principles CATALOG is required");
            return ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var catalog = PrincipleCatalog.Load(settings.Principles!);
        var evaluator = Engine.GetService<LabelledCoverageEvaluator>();
        var sets = new List<(string Name, List<(string File, LabelledCoverageResult Result)> Results)>();
        foreach (var arg in settings.Labels)
        {
            var results = new List<(string, LabelledCoverageResult)>();
            foreach (var file in Expand(arg))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var labels = PrincipleLabels.Load(file);
                var language = labels.Language ?? LanguageFromName(file);
                var doc = Read(DocumentPath(labels.Document, file), language, cancellationToken);
                results.Add((Path.GetFileName(file), evaluator.Evaluate(doc, labels, catalog, cancellationToken: cancellationToken)));
            }
            sets.Add((arg.TrimEnd('/', '\\'), results));
        }
        var text = Format(sets, settings.Details);
        WriteOutput(settings.Output, s => s.Write(new UTF8Encoding(false).GetBytes(text)));
        return CliApp.Ok;
    }

    internal static string Format(List<(string Name, List<(string File, LabelledCoverageResult Result)> Results)> sets, bool details)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| set | labels | language | precision | recall | tp | fp | fn |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, results) in sets)
            foreach (var (file, r) in results) Row(sb, name, file, r.Language, r.Counts);
        sb.AppendLine();
        sb.AppendLine("| set | language | texts | precision | recall | tp | fp | fn |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, results) in sets)
            foreach (var group in results.GroupBy(r => r.Result.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var c = group.Aggregate(LabelledCounts.Zero, (a, r) => a + r.Result.Counts);
                Row(sb, name, group.Count().ToString(CultureInfo.InvariantCulture), group.Key, c, languageFirst: true);
            }
        if (!details) return sb.ToString();
        sb.AppendLine();
        foreach (var (name, results) in sets)
            foreach (var (file, r) in results)
                foreach (var m in r.Mistakes)
                    sb.AppendLine(CultureInfo.InvariantCulture, $"- {Kind(m.Kind)} {file} {m.Citation} {m.PrincipleId}: {OneLine(m.Detail)}");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string set, string second, string language, LabelledCounts c, bool languageFirst = false) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {set} | {(languageFirst ? language : second)} | {(languageFirst ? second : language)} | {c.Precision:0.000} | {c.Recall:0.000} | {c.TruePositives} | {c.FalsePositives} | {c.FalseNegatives} |");

    private static string Kind(LabelledMistakeKind kind) => kind switch
    {
        LabelledMistakeKind.FalsePositive => "FP",
        LabelledMistakeKind.FalseNegative => "FN",
        _ => "UNRESOLVED",
    };

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");

    private static IEnumerable<string> Expand(string arg)
    {
        if (Directory.Exists(arg)) return Directory.GetFiles(arg, "*.principles.json").Order(StringComparer.Ordinal);
        if (File.Exists(arg)) return [arg];
        throw new ModelLawException($"file not found: {arg}");
    }

    // "arcadia.en.principles.json" → "en"
    private static string? LanguageFromName(string file) =>
        Path.GetFileName(file).Split('.') switch { [_, var lang, "principles", "json"] => lang, _ => null };

    /// <summary>
    /// The labelled text: the labels' path as given, relative to the current folder, else relative to the first folder above the
    /// label file where it exists (labels name texts relative to the repository root).
    /// </summary>
    internal static string DocumentPath(string document, string labelFile)
    {
        if (Path.IsPathRooted(document) || File.Exists(document)) return document;
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(labelFile)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, document);
            if (File.Exists(candidate)) return candidate;
        }
        throw new ModelLawException($"{Path.GetFileName(labelFile)}: labelled text not found: {document}");
    }
}
