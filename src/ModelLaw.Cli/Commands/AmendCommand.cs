using System.ComponentModel;
using ModelLaw.Drafting.Amendments;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

internal sealed class AmendCommand : CommandBase<AmendCommand.Settings>
{
    public sealed class Settings : InputSettings, IWritesFile
    {
        [CommandArgument(0, "<OLD>")]
        [Description("The text to amend (the model, or the old version of a draft).")]
        public string Old { get; init; } = "";

        [CommandArgument(1, "<NEW>")]
        [Description("The text to arrive at (the national text, or the new version).")]
        public string New { get; init; } = "";

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of the amending act: en, fr or ru (default: the old text's language).")]
        public string? Language { get; init; }

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf("text");

        public override Spectre.Console.ValidationResult Validate() =>
            Language is null or "en" or "fr" or "ru"
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error("--lang must be en, fr or ru");
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var oldText = Read(settings.Old, null, cancellationToken);
        var newText = Read(settings.New, null, cancellationToken);
        var comparison = Engine.Compare(oldText, newText, cancellationToken: cancellationToken);
        var act = Engine.Amendments(comparison, new AmendmentOptions { Language = settings.Language }, cancellationToken);
        // prove the act before printing it: applied to OLD it must give NEW
        var applied = Engine.GetService<AmendmentApplier>().Apply(oldText, act, cancellationToken);
        if (!applied.Root.Equals(newText.Root))
            Console.Error.WriteLine("modellaw: warning: applying the generated instructions does not reproduce NEW exactly");
        WriteOutput(settings.Output, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(act.ToText());
        });
        return CliApp.Ok;
    }
}
