using System.ComponentModel;
using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;
using Newtonsoft.Json;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

internal sealed class LintCommand : CommandBase<LintCommand.Settings>
{
    public sealed class Settings : InputSettings, IWritesFile
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Draft to check (.txt, .md, .docx or Akoma Ntoso XML).")]
        public string File { get; init; } = "";

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language (en, fr, ru, ...); detected when omitted.")]
        public string? Language { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf(Format);

        public override Spectre.Console.ValidationResult Validate() =>
            Format is "text" or "json" ? Spectre.Console.ValidationResult.Success() : Spectre.Console.ValidationResult.Error("--format must be text or json");
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var document = Read(settings.File, settings.Language, cancellationToken);
        var report = Engine.Lint(document, cancellationToken: cancellationToken);
        WriteOutput(settings.Output, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            if (settings.Format == "json") WriteJson(writer, report, settings.File);
            else WriteText(writer, report, settings.File);
        });
        return report.Errors > 0 ? CliApp.Findings : CliApp.Ok;
    }

    private static void WriteText(TextWriter w, LintReport report, string file)
    {
        foreach (var f in report.Findings)
            w.WriteLine($"{file}:{Where(f)}: {f.Severity.ToString().ToLowerInvariant()} {f.Code} {f.Rule}: {f.Citation}: {f.Message}");
        w.WriteLine($"{report.Errors} error(s), {report.Warnings} warning(s), {report.Findings.Length - report.Errors - report.Warnings} info");
    }

    private static string Where(LintFinding f) => f.Span switch
    {
        { Unit: SourceUnit.Line } s => s.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
        { Unit: SourceUnit.WordParagraph } s => "¶" + s.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "-",
    };

    private static void WriteJson(TextWriter w, LintReport report, string file)
    {
        using var json = new JsonTextWriter(w) { Formatting = Formatting.Indented };
        json.WriteStartObject();
        json.WritePropertyName("schemaVersion"); json.WriteValue("1.0");
        json.WritePropertyName("file"); json.WriteValue(Path.GetFileName(file));
        json.WritePropertyName("errors"); json.WriteValue(report.Errors);
        json.WritePropertyName("warnings"); json.WriteValue(report.Warnings);
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var f in report.Findings)
        {
            json.WriteStartObject();
            json.WritePropertyName("severity"); json.WriteValue(f.Severity.ToString().ToLowerInvariant());
            json.WritePropertyName("code"); json.WriteValue(f.Code);
            json.WritePropertyName("rule"); json.WriteValue(f.Rule);
            json.WritePropertyName("citation"); json.WriteValue(f.Citation);
            json.WritePropertyName("eId"); json.WriteValue(f.EId);
            json.WritePropertyName("line"); json.WriteValue(f.Span is { Unit: SourceUnit.Line } s ? s.Start : null);
            json.WritePropertyName("wordParagraph"); json.WriteValue(f.Span is { Unit: SourceUnit.WordParagraph } wp ? wp.Start : null);
            json.WritePropertyName("message"); json.WriteValue(f.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        w.WriteLine();
    }
}
