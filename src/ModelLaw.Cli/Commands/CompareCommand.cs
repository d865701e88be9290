using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Writing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw compare MODEL NATIONAL [--format json|csv|md|summary] [-o OUT]</c>. MODEL is a file or a folder holding the model
/// in several languages: the national text is compared with the model in its own language.
/// </summary>
internal sealed class CompareCommand : CommandBase<CompareCommand.Settings>
{
    public sealed class Settings : DiffSettings, IWritesFile
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model text (.txt, .md, .docx or Akoma Ntoso XML), or a folder holding the model in several languages (the one in the national text's language is used).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("The national text, in the model's language (or in one of the languages of the model folder); in another language it is compared across languages.")]
        public string National { get; init; } = "";

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of the national text (and of a model file): en, fr, ru, ...; detected when omitted. A language the text contradicts is an error.")]
        public string? Language { get; init; }

        [CommandOption("--model-lang <LANG>")]
        [Description("Language of a model file when it differs from --lang (a cross-language comparison).")]
        public string? ModelLanguage { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (every link at every level with word diffs; the default into a file or a pipe), csv (article concordance), md (report) or summary (the default on a terminal).")]
        public string? Format { get; init; }

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf(EffectiveFormat);

        /// <summary>The format asked for; without one, a summary on a terminal and JSON into a file or a pipe.</summary>
        public string EffectiveFormat => Format ?? (string.IsNullOrEmpty(Output) && !Console.IsOutputRedirected ? "summary" : "json");

        public override Spectre.Console.ValidationResult Validate() =>
            Format is null or "json" or "csv" or "md" or "summary"
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error("--format must be json, csv, md or summary");
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var models = LoadModels(settings.Model, settings.ModelLanguage ?? settings.Language, null, null, cancellationToken);
        var national = ReadChecked(settings.National, settings.Language, cancellationToken);
        var comparison = Engine.Compare(models, national, settings.CompareOptions() with { ModelVersions = ReadVersions(settings.ModelVersions, cancellationToken) }, cancellationToken);
        var writer = Engine.GetService<IEnumerable<IComparisonWriter>>().First(w => w.FormatName == settings.EffectiveFormat);
        WriteOutput(settings.Output, stream => writer.Write(comparison, stream, cancellationToken));
        // the summary lists the diagnostics itself
        if (settings.EffectiveFormat != "summary")
            foreach (var d in comparison.Diagnostics) Console.Error.WriteLine($"modellaw: {d}");
        bool same = comparison.AllLinks().All(l => l.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent);
        return same ? CliApp.Ok : CliApp.Findings;
    }
}
