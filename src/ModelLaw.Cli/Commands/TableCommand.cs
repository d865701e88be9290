using System.ComponentModel;
using ModelLaw.Writing.Table;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw table MODEL NATIONAL -o table.docx</c>: the two-column comparative table of a committee report.</summary>
internal sealed class TableCommand : CommandBase<TableCommand.Settings>
{
    public sealed class Settings : DiffSettings, IWritesFile
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("The model law (.txt, .md, .docx or Akoma Ntoso .xml).")]
        public string Model { get; init; } = "";

        [CommandArgument(1, "<NATIONAL>")]
        [Description("The national text set against the model.")]
        public string National { get; init; } = "";

        [CommandOption("-o|--output <OUT>")]
        [Description("The .docx file to write (required).")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf("docx");

        [CommandOption("--title <TITLE>")]
        [Description("Title above the table (default: derived from the two titles).")]
        public string? Title { get; init; }

        [CommandOption("--changes-only")]
        [Description("Leave out the rows whose text is the same on both sides.")]
        public bool ChangesOnly { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrEmpty(Output) || Output == "-"
                ? Spectre.Console.ValidationResult.Error("-o|--output <OUT> is required: a .docx cannot go to the terminal")
                : Spectre.Console.ValidationResult.Success();
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var model = Read(settings.Model, null, cancellationToken);
        var versions = ReadVersions(settings.ModelVersions, cancellationToken);
        var national = Read(settings.National, null, cancellationToken);
        var comparison = Engine.Compare(model, national, settings.CompareOptions() with { ModelVersions = versions }, cancellationToken);
        var options = new ComparativeTableOptions { Title = settings.Title, IncludeUnchanged = !settings.ChangesOnly };
        WriteOutput(settings.Output, stream => Engine.GetService<IComparativeTableWriter>().Write(comparison, stream, options, cancellationToken));
        Console.Error.WriteLine($"modellaw: wrote {settings.Output}: comparative table of {national.Title} against {model.Title}");
        return CliApp.Ok;
    }
}
