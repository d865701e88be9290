using System.Collections.Immutable;
using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Workflows.Models;
using ModelLaw.Writing.Html;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw report MODEL NATIONAL... -o report.html</c>: one self-contained HTML report over several national texts.
/// MODEL may be a folder holding the model in several languages: each text is compared with the model in its language,
/// and texts in several languages give one report per language (<c>report.en.html</c>, <c>report.fr.html</c>, ...).
/// </summary>
internal sealed class ReportCommand : CommandBase<ReportCommand.Settings>
{
    public sealed class Settings : DiffSettings, IWritesFile
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model law (.txt, .md, .docx or Akoma Ntoso .xml), or a folder holding it in several languages.")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("One or more national texts, each compared with the model.")]
        public string[] National { get; init; } = Array.Empty<string>();

        [CommandOption("-o|--output <OUT>")]
        [Description("The .html file to write (standard output when omitted or '-'); with texts in several languages, one file per language: NAME.<lang>.html.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf("html");

        [CommandOption("--principles <CATALOG>")]
        [Description("A principle catalogue (JSON): adds the coverage heatmap and the principle filter.")]
        public string? Principles { get; init; }

        [CommandOption("--model-labels <LABELS>")]
        [Description("Principle labels of the model (default: labels/<model name>.principles.json beside the model's folder): feeds the principle filter and the coverage derived through the alignment.")]
        public string? ModelLabels { get; init; }

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of the national texts (en, fr, ...); detected per text when omitted. A language a text contradicts is an error naming it.")]
        public string? Language { get; init; }

        [CommandOption("--title <TITLE>")]
        [Description("Title of the report (default: derived from the model's title).")]
        public string? Title { get; init; }

        [CommandOption("--no-side-by-side")]
        [Description("Leave out the side-by-side provisions (a much smaller file).")]
        public bool NoSideBySide { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            National.Length == 0
                ? Spectre.Console.ValidationResult.Error("give at least one national text")
                : Spectre.Console.ValidationResult.Success();
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var catalog = settings.Principles is null ? null : RedlineCommand.LoadCatalog(settings.Principles);
        var models = LoadModels(settings.Model, settings.Language, catalog, settings.ModelLabels, cancellationToken);
        var compareOptions = settings.CompareOptions() with { ModelVersions = ReadVersions(settings.ModelVersions, cancellationToken) };
        var groups = new Dictionary<ModelSetEntry, List<(Comparison Comparison, CoverageReport? Coverage)>>();
        int failed = 0;
        foreach (var path in settings.National)
        {
            try
            {
                var national = ReadChecked(path, settings.Language, cancellationToken);
                var model = models.Resolve(national, compareOptions.CrossLanguage);
                var comparison = Engine.Compare(model.Document, national, compareOptions, cancellationToken);
                var coverage = catalog is null ? null : Engine.Coverage(national, catalog, comparison, cancellationToken: cancellationToken);
                if (!groups.TryGetValue(model, out var list)) groups[model] = list = [];
                list.Add((comparison, coverage));
            }
            catch (ModelLawException ex)
            {
                // one text in a language the models lack must not hide the report of the others
                Console.Error.WriteLine($"modellaw: {ex.Message}");
                failed++;
            }
        }
        if (groups.Count == 0) return CliApp.InputError;
        bool toStdout = string.IsNullOrEmpty(settings.Output) || settings.Output == "-";
        if (groups.Count > 1 && toStdout)
            throw new InvalidConfigurationException($"the texts are in {groups.Count} languages ({string.Join(", ", groups.Keys.Select(k => k.Language))}): give -o report.html to get one report per language");
        var options = new ReportOptions { Title = settings.Title, IncludeSideBySide = !settings.NoSideBySide };
        foreach (var (model, list) in groups.OrderBy(g => g.Key.Language, StringComparer.Ordinal))
        {
            var coverage = ImmutableArray.CreateBuilder<CoverageReport>();
            if (catalog is not null)
            {
                coverage.Add(Engine.Coverage(model.Document, catalog, cancellationToken: cancellationToken));
                coverage.AddRange(list.Select(l => l.Coverage!));
            }
            var input = new ReportInput { Model = model.Document, Comparisons = [.. list.Select(l => l.Comparison)], Coverage = coverage.ToImmutable() };
            var output = groups.Count == 1 ? settings.Output : PerLanguage(settings.Output!, model.Language);
            WriteOutput(output, stream => Engine.GetService<IReportWriter>().Write(input, stream, options, cancellationToken));
            if (!string.IsNullOrEmpty(output) && output != "-")
                Console.Error.WriteLine($"modellaw: wrote {output}: {list.Count} national text(s) against {model.Document.Title}");
        }
        return failed > 0 ? CliApp.InputError : CliApp.Ok;
    }

    // "out/report.html" → "out/report.fr.html"
    private static string PerLanguage(string output, string language)
    {
        var dir = Path.GetDirectoryName(output) ?? "";
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(output) + "." + language + Path.GetExtension(output));
    }
}
