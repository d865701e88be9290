using System.ComponentModel;
using ModelLaw.Search;
using ModelLaw.Search.Indexing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw index PATH... --store STORE</c>: indexes texts (files, or folders searched recursively) into a provision
/// store, incrementally and resumably, with a progress bar on a terminal. Exit 0, 1 when some files could not be read,
/// 3 when the store cannot be used (locked, of another version, unreachable).
/// </summary>
internal sealed class IndexCommand : CommandBase<IndexCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Texts to index (.txt, .md, .docx, Akoma Ntoso .xml) or folders holding them (searched recursively).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--store <STORE>")]
        [Description("A folder for the embedded index (created when new), or a PostgreSQL connection string (Host=...;Database=... or postgres://...).")]
        public string? Store { get; init; }

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of every text (en, fr, ...); detected per text when omitted.")]
        public string? Language { get; init; }

        [CommandOption("--commit-every <N>")]
        [Description("Files read between two commits (default 50): an interrupted run loses at most these and resumes after them.")]
        [DefaultValue(50)]
        public int CommitEvery { get; init; } = 50;

        public override ValidationResult Validate()
        {
            if (Paths.Length == 0) return ValidationResult.Error("give at least one file or folder to index");
            if (string.IsNullOrWhiteSpace(Store)) return ValidationResult.Error("--store STORE is required (a folder or a PostgreSQL connection string)");
            if (CommitEvery < 1) return ValidationResult.Error("--commit-every must be 1 or more");
            return ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.Open(settings.Store!);
        var indexer = new ProvisionIndexer(Engine);
        var options = new IndexOptions { CommitEvery = settings.CommitEvery, Language = settings.Language, Read = Engine.Defaults.ReadOptions };
        IndexResult result;
        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            result = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("indexing", maxValue: 1);
                    var progress = new Reporter(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = $"{p.Done}/{p.Total} files ({p.Unchanged} unchanged, {p.Failed} failed), {p.Units:N0} provisions";
                    });
                    return indexer.IndexAsync(store, settings.Paths, options, progress, cancellationToken).GetAwaiter().GetResult();
                });
        }
        else
        {
            int lastTenth = 0;
            var progress = new Reporter(p =>
            {
                int tenth = p.Done * 10 / Math.Max(1, p.Total);
                if (tenth <= lastTenth) return;
                lastTenth = tenth;
                Console.Error.WriteLine($"modellaw: {p.Done}/{p.Total} files indexed or unchanged");
            });
            result = indexer.IndexAsync(store, settings.Paths, options, progress, cancellationToken).GetAwaiter().GetResult();
        }
        foreach (var (path, error) in result.Failures) Console.Error.WriteLine($"modellaw: {error}");
        Console.Out.WriteLine($"{store.Description}: {result.Indexed} indexed, {result.Unchanged} unchanged, {result.Removed} removed, {result.Failures.Length} failed; {result.Units:N0} provisions indexed in this run");
        return result.Failures.IsEmpty ? CliApp.Ok : CliApp.Findings;
    }

    /// <summary>Calls back on the reporting thread.</summary>
    private sealed class Reporter(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
