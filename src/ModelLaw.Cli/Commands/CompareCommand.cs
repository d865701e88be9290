using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Writing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw compare MODEL NATIONAL [--format json|csv|md] [-o OUT]</c>. MODEL is a file or a folder holding the model
/// in several languages: the national text is compared with the model in its own language.
/// </summary>
internal sealed class CompareCommand : CommandBase<CompareCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model text (.txt, .md, .docx or Akoma Ntoso XML), or a folder holding the model in several languages (the one in the national text's language is used).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("The national text, in the model's language (or in one of the languages of the model folder).")]
        public string National { get; init; } = "";

        [CommandOption("--lang <LANG>")]
        [Description("Language of the national text (and of a model file): en, fr, ru, ...; detected when omitted. A language the text contradicts is an error.")]
        public string? Language { get; init; }

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
        var models = LoadModels(settings.Model, settings.Language, null, null, cancellationToken);
        var national = ReadChecked(settings.National, settings.Language, cancellationToken);
        var comparison = Engine.Compare(models, national, cancellationToken: cancellationToken);
        var writer = Engine.GetService<IEnumerable<IComparisonWriter>>().First(w => w.FormatName == settings.Format);
        WriteOutput(settings.Output, stream => writer.Write(comparison, stream, cancellationToken));
        foreach (var d in comparison.Diagnostics) Console.Error.WriteLine($"modellaw: {d}");
        bool same = comparison.AllLinks().All(l => l.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent);
        return same ? CliApp.Ok : CliApp.Findings;
    }
}
