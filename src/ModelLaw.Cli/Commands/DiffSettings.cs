using System.ComponentModel;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>The compare settings of Word and LibreOffice as switches, shared by the commands that show word diffs.</summary>
internal abstract class DiffSettings : InputSettings
{
    [CommandOption("--ignore-case")]
    [Description("A change of case only is not shown as a change.")]
    public bool IgnoreCase { get; init; }

    [CommandOption("--ignore-punctuation")]
    [Description("Punctuation added, dropped or changed is not shown as a change.")]
    public bool IgnorePunctuation { get; init; }

    [CommandOption("--ignore-label-style")]
    [Description("A paragraph label of another style with the same number (1. and (1)) is not shown as a change.")]
    public bool IgnoreLabelStyle { get; init; }

    [CommandOption("--ignore-placeholder-brackets")]
    [Description("The brackets of a filled placeholder ([[five]] → five) are not shown as a change.")]
    public bool IgnorePlaceholderBrackets { get; init; }

    [CommandOption("--model-version <FILE>")]
    [Description("The model's own version in another language (repeatable): a national text in that language is read against the model through it.")]
    public string[] ModelVersions { get; init; } = [];

    [CommandOption("--no-cross-language")]
    [Description("Refuse texts in different languages (exit 3) instead of comparing them across languages.")]
    public bool NoCrossLanguage { get; init; }

    /// <summary>The compare options these switches ask for.</summary>
    public CompareOptions CompareOptions() => Comparing.CompareOptions.Default with
    {
        CrossLanguage = !NoCrossLanguage,
        Diff = new DiffOptions
        {
            IgnoreCase = IgnoreCase,
            IgnorePunctuation = IgnorePunctuation,
            IgnoreLabelStyle = IgnoreLabelStyle,
            IgnorePlaceholderBrackets = IgnorePlaceholderBrackets,
        },
    };
}
