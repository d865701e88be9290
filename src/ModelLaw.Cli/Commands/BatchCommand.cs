using System.ComponentModel;
using ModelLaw.Workflows.Batch;
using ModelLaw.Coverage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw batch --model M --national DIR [--principles C] -o OUTDIR</c>: one model (a file, or a folder holding it in
/// several languages) against every text of a folder, each in its own language, in parallel, resumable, with a progress
/// bar on a terminal; one JSON result per text, a summary CSV, the States × articles matrix and an HTML gap matrix.
/// Exit 0 when every text was compared (or up to date), 1 when some failed, 3 when all failed or the model is unreadable.
/// </summary>
internal sealed class BatchCommand : CommandBase<BatchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--model <MODEL>")]
        [Description("The model text (.txt, .md, .docx or Akoma Ntoso XML), or a folder holding the model in several languages: each text is compared with the model in its own language.")]
        public string? Model { get; init; }

        [CommandOption("--national <DIR>")]
        [Description("Folder of national texts (.txt, .md, .docx, .xml directly inside it).")]
        public string? National { get; init; }

        [CommandOption("--principles <CATALOG>")]
        [Description("Principle catalogue (JSON): also check each text's coverage and write the gap matrix.")]
        public string? Principles { get; init; }

        [CommandOption("--model-labels <LABELS>")]
        [Description("Principle labels of a model file (default: found beside each model as for `coverage --model`); coverage is then also derived through the alignment.")]
        public string? ModelLabels { get; init; }

        [CommandOption("-o|--output <OUTDIR>")]
        [Description("Folder for the results (NAME.json per text, batch-summary.csv, batch-summary.html, article-matrix.csv/.json, gap-matrix.csv).")]
        public string? Output { get; init; }

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of every text (en, fr, ru, ...); detected per text when omitted. A text that contradicts it fails, named.")]
        public string? Language { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Texts compared at the same time (default: one per core).")]
        public int Jobs { get; init; }

        [CommandOption("--force")]
        [Description("Compare every text again, even when its result is up to date.")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Model)) return ValidationResult.Error("--model MODEL is required");
            if (string.IsNullOrWhiteSpace(National)) return ValidationResult.Error("--national DIR is required");
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o OUTDIR is required");
            if (Jobs < 0) return ValidationResult.Error("--jobs must be 0 (one per core) or more");
            if (ModelLabels is not null && Principles is null) return ValidationResult.Error("--model-labels needs --principles");
            return ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken).GetAwaiter().GetResult();

    private async Task<int> RunAsync(Settings settings, CancellationToken ct)
    {
        var catalog = settings.Principles is null ? null : RedlineCommand.LoadCatalog(settings.Principles);
        var models = LoadModels(settings.Model!, settings.Language, catalog, settings.ModelLabels, ct);
        var texts = BatchComparer.FindTexts(settings.National!);
        if (texts.Count == 0) throw new ModelLawException($"no texts found in {settings.National}");
        var options = new BatchOptions
        {
            OutputDirectory = settings.Output!,
            MaxDegreeOfParallelism = settings.Jobs,
            Principles = catalog,
            Language = settings.Language,
            Resume = !settings.Force,
        };
        var batch = Engine.GetService<BatchComparer>();

        BatchResult result;
        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            result = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask($"comparing {texts.Count} texts", maxValue: texts.Count);
                    var gate = new object();
                    var progress = new Reporter(p =>
                    {
                        lock (gate)
                        {
                            task.Value = p.Done;
                            task.Description = $"{p.Done}/{p.Total} ({p.UpToDate} up to date, {p.Failed} failed)";
                        }
                    });
                    return await batch.RunAsync(models, texts, options, progress, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            int lastTenth = 0;
            var gate = new object();
            var progress = new Reporter(p =>
            {
                int tenth = p.Done * 10 / Math.Max(1, p.Total);
                lock (gate)
                {
                    if (tenth <= lastTenth) return;
                    lastTenth = tenth;
                    Console.Error.WriteLine($"modellaw: {p.Done}/{p.Total} texts done");
                }
            });
            result = await batch.RunAsync(models, texts, options, progress, ct).ConfigureAwait(false);
        }

        foreach (var f in result.Items.Where(i => i.Status == BatchItemStatus.Failed))
            Console.Error.WriteLine(f.Error is { } e && e.StartsWith(f.Name + ":", StringComparison.Ordinal) ? $"modellaw: {e}" : $"modellaw: {f.Name}: {f.Error}");
        Console.Out.WriteLine($"{result.Items.Length} texts: {result.Compared} compared, {result.UpToDate} up to date, {result.Failed} failed");
        Console.Out.WriteLine($"summary: {result.SummaryCsvPath}");
        Console.Out.WriteLine($"report:  {result.SummaryHtmlPath}");
        Console.Out.WriteLine($"article matrix: {result.ArticleMatrixCsvPath}");
        if (result.GapMatrixCsvPath is { } m) Console.Out.WriteLine($"gap matrix: {m}");
        if (result.Failed == result.Items.Length) return CliApp.InputError;
        return result.Failed > 0 ? CliApp.Findings : CliApp.Ok;
    }

    /// <summary>Calls back on the reporting thread (Progress&lt;T&gt; would post to the thread pool out of order).</summary>
    private sealed class Reporter(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
