using System.ComponentModel;
using System.Text;
using ModelLaw.Search;
using ModelLaw.Search.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw search --store STORE (--text TEXT | FILE) [--top N] [--format json|md]</c>: for a text, the most similar
/// provisions of the corpus; for a file, its likely sources ranked per document with the share of its provisions each
/// explains and the aligned pairs. JSON is <c>{"hits": [...]}</c>.
/// </summary>
internal sealed class SearchCommand : CommandBase<SearchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A law whose sources to find (.txt, .md, .docx, Akoma Ntoso .xml).")]
        public string? File { get; init; }

        [CommandOption("--store <STORE>")]
        [Description("The store made by `modellaw index`: a folder, or a PostgreSQL connection string.")]
        public string? Store { get; init; }

        [CommandOption("--text <TEXT>")]
        [Description("A passage to look for: the most similar provisions of the corpus.")]
        public string? Text { get; init; }

        [CommandOption("--top <N>")]
        [Description("How many hits (default 10 provisions, or 5 sources).")]
        public int? Top { get; init; }

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of the text or file; detected when omitted (a language the file contradicts is an error).")]
        public string? Language { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (default: {\"hits\": [[...]]}) or md.")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Store)) return ValidationResult.Error("--store STORE is required");
            if ((Text is null) == (File is null)) return ValidationResult.Error("give either --text TEXT or a FILE");
            if (Text is { } t && string.IsNullOrWhiteSpace(t)) return ValidationResult.Error("--text is empty");
            if (Top is < 1) return ValidationResult.Error("--top must be 1 or more");
            if (Format is not ("json" or "md")) return ValidationResult.Error("--format must be json or md");
            return ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.Open(settings.Store!);
        var utf8 = new UTF8Encoding(false);
        if (settings.Text is { } text)
        {
            var hits = new ProvisionSearcher(Engine).Search(store, text, new SearchOptions { Top = settings.Top ?? 10, Language = settings.Language }, cancellationToken);
            WriteOutput(settings.Output, s =>
            {
                if (settings.Format == "json") SearchOutput.WriteJson(hits, s);
                else s.Write(utf8.GetBytes(SearchOutput.ToMarkdown(hits)));
            });
            return CliApp.Ok;
        }
        var sources = new SourceFinder(Engine).FindSourcesAsync(store, settings.File!,
            new SourceOptions { Top = settings.Top ?? 5, Language = settings.Language }, cancellationToken).GetAwaiter().GetResult();
        WriteOutput(settings.Output, s =>
        {
            if (settings.Format == "json") SearchOutput.WriteJson(sources, s);
            else s.Write(utf8.GetBytes(SearchOutput.ToMarkdown(sources)));
        });
        return CliApp.Ok;
    }
}
