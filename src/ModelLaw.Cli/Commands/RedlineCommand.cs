using System.ComponentModel;
using System.Globalization;
using ModelLaw.Coverage;
using ModelLaw.Writing.Docx;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw redline MODEL NATIONAL -o out.docx</c>: the comparison as a Word document with tracked changes.</summary>
internal sealed class RedlineCommand : CommandBase<RedlineCommand.Settings>
{
    public sealed class Settings : DiffSettings, IWritesFile
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model law (.txt, .md, .docx or Akoma Ntoso .xml).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("The national text measured against the model.")]
        public string National { get; init; } = "";

        [CommandOption("-o|--output <OUT>")]
        [Description("The .docx file to write (required).")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf("docx");

        [CommandOption("--coverage <CATALOG>")]
        [Description("A principle catalogue (JSON): comments then name the principles each provision covers or misses.")]
        public string? Coverage { get; init; }

        [CommandOption("--model-labels <LABELS>")]
        [Description("Principle labels of the model (default: labels/<model name>.principles.json beside the model's folder); with --coverage, comments name the principles an omission loses.")]
        public string? ModelLabels { get; init; }

        [CommandOption("--layout <LAYOUT>")]
        [Description("Follow the national text's order (national, default) or the model's (model).")]
        public string Layout { get; init; } = "national";

        [CommandOption("--author <NAME>")]
        [Description("Author of the tracked changes and comments (default ModelLaw).")]
        public string? Author { get; init; }

        [CommandOption("--details")]
        [Description("Add the similarity and the evidence of each link to the comments (for reviewing the alignment).")]
        public bool Details { get; init; }

        [CommandOption("--date <ISO>")]
        [Description("Date of the tracked changes, ISO 8601 (e.g. 2026-03-01 or 2026-03-01T09:30:00Z); none by default, so output is reproducible.")]
        public string? Date { get; init; }

        public override Spectre.Console.ValidationResult Validate()
        {
            if (string.IsNullOrEmpty(Output) || Output == "-")
                return Spectre.Console.ValidationResult.Error("-o|--output <OUT> is required: a .docx cannot go to the terminal");
            if (Layout is not ("national" or "model"))
                return Spectre.Console.ValidationResult.Error("--layout must be national or model");
            if (Date is not null && ParseDate(Date) is null)
                return Spectre.Console.ValidationResult.Error($"--date: '{Date}' is not an ISO 8601 date");
            return Spectre.Console.ValidationResult.Success();
        }
    }

    internal static DateTimeOffset? ParseDate(string s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var catalog = settings.Coverage is null ? null : LoadCatalog(settings.Coverage);
        var model = Read(settings.Model, null, cancellationToken);
        var versions = ReadVersions(settings.ModelVersions, cancellationToken);
        if (catalog is not null) model = ApplyLabels(model, settings.Model, settings.ModelLabels, catalog);
        var national = Read(settings.National, null, cancellationToken);
        var comparison = Engine.Compare(model, national, settings.CompareOptions() with { ModelVersions = versions }, cancellationToken);
        var coverage = catalog is null ? null : Engine.Coverage(national, catalog, comparison, cancellationToken: cancellationToken);
        var options = new RedlineOptions
        {
            Layout = settings.Layout == "model" ? RedlineLayout.Model : RedlineLayout.National,
            Author = settings.Author ?? RedlineOptions.Default.Author,
            Date = settings.Date is null ? null : ParseDate(settings.Date),
            IncludeDetails = settings.Details,
        };
        WriteOutput(settings.Output, stream => Engine.GetService<IRedlineWriter>().Write(comparison, stream, options, coverage, cancellationToken));
        var s = comparison.Summary;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"modellaw: wrote {settings.Output}: {s.ModelUnits} model articles, {s.Modified} modified, {s.Moved} moved, {s.Omitted} omitted, {s.Added} added; {s.ModelTextKept * 100:0}% of the model's text kept"));
        return CliApp.Ok;
    }

    /// <summary>Tags the model's provisions with the principles its label file names (given, or found beside the model); unchanged when there is none.</summary>
    internal static Documents.LegalDocument ApplyLabels(Documents.LegalDocument model, string modelPath, string? labelsPath, PrincipleCatalog catalog)
    {
        if (labelsPath is not null && !File.Exists(labelsPath))
            throw new InvalidConfigurationException($"principle labels not found: {labelsPath}", new SourceLocation(labelsPath));
        var path = labelsPath ?? CoverageCommand.FindLabels(modelPath);
        if (path is null) return model;
        var labels = PrincipleLabels.Load(path);
        labels.Validate(catalog);
        return labels.ApplyTo(model);
    }

    /// <summary>Loads a principle catalogue, turning a missing file into an input error.</summary>
    internal static PrincipleCatalog LoadCatalog(string path)
    {
        if (!File.Exists(path)) throw new InvalidConfigurationException($"principle catalogue not found: {path}", new SourceLocation(path));
        return PrincipleCatalog.Load(path);
    }
}
