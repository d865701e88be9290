using System.ComponentModel;
using ModelLaw.Writing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw parse FILE [--lang xx] [--format outline|json|akn|text] [-o OUT]</c>.</summary>
internal sealed class ParseCommand : CommandBase<ParseCommand.Settings>
{
    /// <summary>Command-line settings of <c>parse</c>.</summary>
    public sealed class Settings : InputSettings, IWritesFile
    {
        /// <summary>The file to parse (.txt, .md, .docx or Akoma Ntoso .xml).</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("Text, Markdown, .docx or Akoma Ntoso file to parse.")]
        public string File { get; init; } = "";

        /// <summary>Language code, or null to detect it.</summary>
        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of the text (en, fr, ru, ...); detected when omitted.")]
        public string? Language { get; init; }

        /// <summary>Output format name.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("Output format: outline (default), json, akn or text.")]
        [DefaultValue("outline")]
        public string Format { get; init; } = "outline";

        /// <summary>Output file, or null/"-" for stdout.</summary>
        [CommandOption("-o|--output <OUT>")]
        [Description("Output file (default: standard output).")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf(Format);
    }

    /// <inheritdoc />
    protected override bool ShowsDocumentDiagnostics => true;

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var writers = Engine.GetService<IEnumerable<IDocumentWriter>>().ToList();
        var writer = writers.LastOrDefault(w => string.Equals(w.FormatName, settings.Format, StringComparison.OrdinalIgnoreCase));
        if (writer is null)
        {
            var known = string.Join(", ", writers.Select(w => w.FormatName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
            Console.Error.WriteLine($"modellaw: unknown or unavailable format \"{settings.Format}\" (available: {known})");
            return CliApp.UsageError;
        }
        var document = Read(settings.File, settings.Language, cancellationToken);
        WriteOutput(settings.Output, stream => writer.Write(document, stream, cancellationToken));
        return CliApp.Ok;
    }
}
