using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Writing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw compare MODEL NATIONAL [--format json|csv|md|summary] [-o OUT]</c>.</summary>
internal sealed class CompareCommand : CommandBase<CompareCommand.Settings>
{
    public sealed class Settings : InputSettings, IWritesFile
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model text (.txt, .md, .docx or Akoma Ntoso XML).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("The national text, in the model's language or another (then compared across languages).")]
        public string National { get; init; } = "";

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of both texts (en, fr, ru, ...); detected when omitted.")]
        public string? Language { get; init; }

        [CommandOption("--model-lang <LANG>")]
        [Description("Language of the model when it differs from --lang (a cross-language comparison).")]
        public string? ModelLanguage { get; init; }

        [CommandOption("--no-cross-language")]
        [Description("Refuse texts in different languages (exit 3) instead of comparing them across languages.")]
        public bool NoCrossLanguage { get; init; }

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
        var model = Read(settings.Model, settings.ModelLanguage ?? settings.Language, cancellationToken);
        var national = Read(settings.National, settings.Language, cancellationToken);
        var options = CompareOptions.Default with { CrossLanguage = !settings.NoCrossLanguage };
        var comparison = Engine.Compare(model, national, options, cancellationToken);
        var writer = Engine.GetService<IEnumerable<IComparisonWriter>>().First(w => w.FormatName == settings.EffectiveFormat);
        WriteOutput(settings.Output, stream => writer.Write(comparison, stream, cancellationToken));
        // the summary lists the diagnostics itself
        if (settings.EffectiveFormat != "summary")
            foreach (var d in comparison.Diagnostics) Console.Error.WriteLine($"modellaw: {d}");
        bool same = comparison.AllLinks().All(l => l.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent);
        return same ? CliApp.Ok : CliApp.Findings;
    }
}
