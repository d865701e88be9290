using System.ComponentModel;
using ModelLaw.Reading;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>How every command that reads documents reads them: the text encoding and the tracked-changes view.</summary>
internal abstract class InputSettings : CommandSettings
{
    /// <summary>Text encoding of the inputs, or null to detect it.</summary>
    [CommandOption("--encoding <NAME>")]
    [Description("Encoding of text, Markdown and HTML inputs (utf-8, windows-1251, windows-1252, koi8-r, iso-8859-5, utf-16le, ...); detected when omitted.")]
    public string? Encoding { get; init; }

    /// <summary>Which view of a Word document with tracked changes to read.</summary>
    [CommandOption("--tracked-changes <VIEW>")]
    [Description("Word tracked changes: accepted (default: the text as if every change were accepted, e.g. the national text of a redline) or original (as before the changes: the model text of a redline).")]
    [DefaultValue("accepted")]
    public string TrackedChanges { get; init; } = "accepted";

    /// <summary>The read options these settings ask for, or a usage error message.</summary>
    internal (ReadOptions Options, string? Error) ToReadOptions()
    {
        var options = ReadOptions.Default;
        if (!Enum.TryParse<TrackedChangesView>(TrackedChanges, ignoreCase: true, out var view) || !Enum.IsDefined(view))
            return (options, $"--tracked-changes must be accepted or original, not \"{TrackedChanges}\"");
        options = options with { TrackedChanges = view };
        if (string.IsNullOrWhiteSpace(Encoding)) return (options, null);
        try
        {
            return (options with { TextEncoding = TextEncodings.Resolve(Encoding) }, null);
        }
        catch (UnsupportedFormatException e)
        {
            return (options, "--encoding: " + e.Message);
        }
    }
}
