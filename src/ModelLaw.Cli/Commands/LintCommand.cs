using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;
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
        [Description("Language (en, fr, ru, es, ar, zh); detected when omitted.")]
        public string? Language { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--against <TEXT>")]
        [Description("Text of another instrument to check references into it: FILE (named by its title) or \"NAME=FILE\" (e.g. \"Directive 2003/71/EC=old.txt\"). Repeatable.")]
        public string[] Against { get; init; } = [];

        [CommandOption("--instruments")]
        [Description("List every instrument the text cites, with counts (text format; json always lists them).")]
        public bool Instruments { get; init; }

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
        var external = settings.Against.Select(a => ExternalText(a, cancellationToken)).ToImmutableArray();
        var report = Engine.Lint(document, LintOptions.Default with { ExternalTexts = external }, cancellationToken);
        WriteOutput(settings.Output, stream =>
        {
            if (settings.Format == "json")
            {
                WriteJson(stream, report, settings.File);
                return;
            }
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            WriteText(writer, report, settings.File, settings.Instruments);
        });
        return report.Errors > 0 ? CliApp.Findings : CliApp.Ok;
    }

    // "Directive 2003/71/EC=old.txt" or a path; a path that exists wins over a name containing '='
    private ExternalText ExternalText(string argument, CancellationToken ct)
    {
        var eq = argument.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0 && !System.IO.File.Exists(argument))
            return new ExternalText(Read(argument[(eq + 1)..], null, ct), argument[..eq].Trim());
        return new ExternalText(Read(argument, null, ct));
    }

    private static void WriteText(TextWriter w, LintReport report, string file, bool listInstruments)
    {
        foreach (var f in report.Findings)
            w.WriteLine($"{file}:{Where(f)}: {f.Severity.ToString().ToLowerInvariant()} {f.Code} {f.Rule}: {f.Citation}: {f.Message}");
        var cited = report.CitedInstruments;
        if (listInstruments)
            foreach (var i in cited)
                w.WriteLine($"cites {i.Name}: {Count(i.References, "reference")}, named {Count(i.Mentions, "time")}{(report.CheckedInstruments.Contains(i.Key) ? " (checked)" : "")}");
        else if (cited.Length > 0)
            w.WriteLine($"cites {Count(cited.Length, "other instrument")}, most {cited[0].Name} ({Count(cited[0].References, "reference")}); --instruments lists them");
        w.WriteLine($"{report.Errors} error(s), {report.Warnings} warning(s), {report.Findings.Length - report.Errors - report.Warnings} info");
    }

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    private static string Where(LintFinding f) => f.Span switch
    {
        { Unit: SourceUnit.Line } s => s.Start.ToString(CultureInfo.InvariantCulture),
        { Unit: SourceUnit.WordParagraph } s => "¶" + s.Start.ToString(CultureInfo.InvariantCulture),
        _ => "-",
    };

    private static void WriteJson(Stream stream, LintReport report, string file)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", "1.0");
            json.WriteString("file", Path.GetFileName(file));
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", f.Code);
                json.WriteString("rule", f.Rule);
                json.WriteString("citation", f.Citation);
                json.WriteString("eId", f.EId);
                WriteSpan(json, "line", "wordParagraph", f.Span);
                json.WriteString("message", f.Message);
                if (f.RelatedEId is not null)
                {
                    json.WriteString("relatedEId", f.RelatedEId);
                    WriteSpan(json, "relatedLine", "relatedWordParagraph", f.RelatedSpan);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("citedInstruments");
            foreach (var i in report.CitedInstruments)
            {
                json.WriteStartObject();
                json.WriteString("key", i.Key);
                json.WriteString("name", i.Name);
                json.WriteNumber("references", i.References);
                json.WriteNumber("mentions", i.Mentions);
                json.WriteBoolean("checked", report.CheckedInstruments.Contains(i.Key));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteSpan(Utf8JsonWriter json, string line, string paragraph, SourceSpan? span)
    {
        if (span is { Unit: SourceUnit.Line } s) json.WriteNumber(line, s.Start); else json.WriteNull(line);
        if (span is { Unit: SourceUnit.WordParagraph } p) json.WriteNumber(paragraph, p.Start); else json.WriteNull(paragraph);
    }
}
