using System.ComponentModel;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Writing.Json;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary><c>modellaw amend OLD NEW [--lang en|fr|ru] [--format text|json] [-o OUT]</c>.</summary>
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

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default: the act as a drafter reads it) or json (the instructions, for `modellaw apply`).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf(Format);

        public override Spectre.Console.ValidationResult Validate() =>
            Language is not (null or "en" or "fr" or "ru") ? Spectre.Console.ValidationResult.Error("--lang must be en, fr or ru")
            : Format is not ("text" or "json") ? Spectre.Console.ValidationResult.Error("--format must be text or json")
            : Spectre.Console.ValidationResult.Success();
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var oldText = Read(settings.Old, null, cancellationToken);
        var newText = Read(settings.New, null, cancellationToken);
        // an amending act rewords OLD word by word: texts in different languages are refused (exit 3), not compared across languages
        var comparison = Engine.Compare(oldText, newText, Comparing.CompareOptions.Default with { CrossLanguage = false }, cancellationToken);
        // the generator proves the act as it writes it: applied to OLD it gives NEW exactly
        var act = Engine.Amendments(comparison, new AmendmentOptions { Language = settings.Language }, cancellationToken);
        WriteOutput(settings.Output, stream =>
        {
            if (settings.Format == "json")
            {
                Engine.GetService<AmendingActJson>().Write(act, stream, cancellationToken);
                return;
            }
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(act.ToText());
        });
        return CliApp.Ok;
    }
}
