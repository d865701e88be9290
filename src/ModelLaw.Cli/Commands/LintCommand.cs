using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using ModelLaw.Writing.Json;
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
                LintReportJson.Write(report, stream, Path.GetFileName(settings.File), document.Language);
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
}
