using System.ComponentModel;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Writing.Json;
using ModelLaw.Writing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw apply OLD AMENDMENTS.json [-o OUT] [--format text|json|akn|outline]</c>.</summary>
internal sealed class ApplyCommand : CommandBase<ApplyCommand.Settings>
{
    public sealed class Settings : CommandSettings, IWritesFile
    {
        [CommandArgument(0, "<OLD>")]
        [Description("The text the amending act was made for (the OLD of `modellaw amend`).")]
        public string Old { get; init; } = "";

        [CommandArgument(1, "<AMENDMENTS>")]
        [Description("The amending act as JSON (`modellaw amend OLD NEW --format json`).")]
        public string Amendments { get; init; } = "";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("Output format: text, json, akn or outline (default: from the extension of OUT, else text).")]
        public string? Format { get; init; }

        [CommandOption("-o|--output <OUT>")]
        [Description("Write the amended text to this file instead of standard output.")]
        public string? Output { get; init; }

        /// <summary>The format written: <see cref="Format"/>, else the one the extension of OUT names, else text.</summary>
        public string EffectiveFormat => Format ?? Path.GetExtension(Output ?? "").ToLowerInvariant() switch
        {
            ".json" => "json",
            ".xml" or ".akn" => "akn",
            _ => "text",
        };

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf(EffectiveFormat);
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.EffectiveFormat;
        var writers = Engine.GetService<IEnumerable<IDocumentWriter>>().ToList();
        var writer = writers.LastOrDefault(w => string.Equals(w.FormatName, format, StringComparison.OrdinalIgnoreCase));
        if (writer is null)
        {
            var known = string.Join(", ", writers.Select(w => w.FormatName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
            Console.Error.WriteLine($"modellaw: unknown or unavailable format \"{format}\" (available: {known})");
            return CliApp.UsageError;
        }
        var oldText = Read(settings.Old, null, cancellationToken);
        if (!File.Exists(settings.Amendments)) throw new ModelLawException($"file not found: {settings.Amendments}");
        AmendingAct act;
        using (var input = File.OpenRead(settings.Amendments))
            act = Engine.GetService<AmendingActJson>().Read(input, Reading.ReadOptions.Default with { SourceName = Path.GetFileName(settings.Amendments) }, cancellationToken);
        var amended = Engine.GetService<AmendmentApplier>().Apply(oldText, act, cancellationToken);
        WriteOutput(settings.Output, stream => writer.Write(amended, stream, cancellationToken));
        return CliApp.Ok;
    }
}
