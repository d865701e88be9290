using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Writing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw compare MODEL NATIONAL [--format json|csv|md] [-o OUT]</c>.</summary>
internal sealed class CompareCommand : CommandBase<CompareCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model text (.txt, .md, .docx or Akoma Ntoso XML).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("The national text, in the model's language or another (then compared across languages).")]
        public string National { get; init; } = "";

        [CommandOption("--lang <LANG>")]
        [Description("Language of both texts (en, fr, ru, ...); detected when omitted.")]
        public string? Language { get; init; }

        [CommandOption("--model-lang <LANG>")]
        [Description("Language of the model when it differs from --lang (a cross-language comparison).")]
        public string? ModelLanguage { get; init; }

        [CommandOption("--no-cross-language")]
        [Description("Refuse texts in different languages (exit 3) instead of comparing them across languages.")]
        public bool NoCrossLanguage { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("json (default: every link at every level with word diffs), csv (article concordance) or md (report).")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Format is "json" or "csv" or "md"
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error("--format must be json, csv or md");
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var model = Read(settings.Model, settings.ModelLanguage ?? settings.Language, cancellationToken);
        var national = Read(settings.National, settings.Language, cancellationToken);
        var options = CompareOptions.Default with { CrossLanguage = !settings.NoCrossLanguage };
        var comparison = Engine.Compare(model, national, options, cancellationToken);
        var writer = Engine.GetService<IEnumerable<IComparisonWriter>>().First(w => w.FormatName == settings.Format);
        WriteOutput(settings.Output, stream => writer.Write(comparison, stream, cancellationToken));
        foreach (var d in comparison.Diagnostics) Console.Error.WriteLine($"modellaw: {d}");
        bool same = comparison.AllLinks().All(l => l.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent);
        return same ? CliApp.Ok : CliApp.Findings;
    }
}
