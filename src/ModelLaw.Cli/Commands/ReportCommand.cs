using System.Collections.Immutable;
using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Writing.Html;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw report MODEL NATIONAL... -o report.html</c>: one self-contained HTML report over several national texts.</summary>
internal sealed class ReportCommand : CommandBase<ReportCommand.Settings>
{
    public sealed class Settings : DiffSettings, IWritesFile
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model law (.txt, .md, .docx or Akoma Ntoso .xml).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("One or more national texts, each compared with the model.")]
        public string[] National { get; init; } = Array.Empty<string>();

        [CommandOption("-o|--output <OUT>")]
        [Description("The .html file to write (standard output when omitted or '-').")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf("html");

        [CommandOption("--principles <CATALOG>")]
        [Description("A principle catalogue (JSON): adds the coverage heatmap and the principle filter.")]
        public string? Principles { get; init; }

        [CommandOption("--model-labels <LABELS>")]
        [Description("Principle labels of the model (default: labels/<model name>.principles.json beside the model's folder): feeds the principle filter and the coverage derived through the alignment.")]
        public string? ModelLabels { get; init; }

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
        var model = Read(settings.Model, null, cancellationToken);
        if (catalog is not null) model = RedlineCommand.ApplyLabels(model, settings.Model, settings.ModelLabels, catalog);
        var comparisons = ImmutableArray.CreateBuilder<Comparison>();
        var coverage = ImmutableArray.CreateBuilder<CoverageReport>();
        if (catalog is not null) coverage.Add(Engine.Coverage(model, catalog, cancellationToken: cancellationToken));
        foreach (var path in settings.National)
        {
            var national = Read(path, null, cancellationToken);
            var comparison = Engine.Compare(model, national, settings.CompareOptions(), cancellationToken);
            comparisons.Add(comparison);
            if (catalog is not null) coverage.Add(Engine.Coverage(national, catalog, comparison, cancellationToken: cancellationToken));
        }
        var input = new ReportInput { Model = model, Comparisons = comparisons.ToImmutable(), Coverage = coverage.ToImmutable() };
        var options = new ReportOptions { Title = settings.Title, IncludeSideBySide = !settings.NoSideBySide };
        WriteOutput(settings.Output, stream => Engine.GetService<IReportWriter>().Write(input, stream, options, cancellationToken));
        if (!string.IsNullOrEmpty(settings.Output) && settings.Output != "-")
            Console.Error.WriteLine($"modellaw: wrote {settings.Output}: {comparisons.Count} national text(s) against {model.Title}");
        return CliApp.Ok;
    }
}
