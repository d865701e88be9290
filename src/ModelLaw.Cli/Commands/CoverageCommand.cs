using System.ComponentModel;
using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// <c>modellaw coverage FILE... --principles CATALOG [--model MODEL] [--format json|csv|md] [-o OUT]</c>: the gap matrix of
/// principles × texts. Folders expand to the texts they hold; texts are analysed in parallel, with a progress bar on a terminal.
/// </summary>
internal sealed class CoverageCommand : CommandBase<CoverageCommand.Settings>
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".docx", ".xml"];

    public sealed class Settings : InputSettings, IWritesFile
    {
        [CommandArgument(0, "<FILES>")]
        [Description("Texts to check (.txt, .md, .docx, Akoma Ntoso .xml) or folders holding them.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--principles <CATALOG>")]
        [Description("Principle catalogue (JSON), e.g. corpus/principles/ai-counter-terrorism.json.")]
        public string? Principles { get; init; }

        [CommandOption("--model <MODEL>")]
        [Description("Model law whose provisions carry principle labels: coverage is also derived through the alignment with it. " +
            "Each text is compared with the model's version in its own language: NAME.<lang>.txt beside the model, or any model " +
            "in the folder when MODEL is a folder.")]
        public string? Model { get; init; }

        [CommandOption("--model-labels <LABELS>")]
        [Description("Labels of the model (default: labels/<model name>.principles.json beside the model's folder, or beside the model).")]
        public string? ModelLabels { get; init; }

        [CommandOption("-l|--lang <LANG>")]
        [Description("Language of every text (en, fr, ru, ...); detected per text when omitted.")]
        public string? Language { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("md (default), csv or json (json includes the evidence).")]
        [DefaultValue("md")]
        public string Format { get; init; } = "md";

        [CommandOption("-o|--output <OUT>")]
        [Description("Write to this file instead of standard output.")]
        public string? Output { get; init; }

        public IReadOnlyList<string> OutputExtensions => OutputFile.ExtensionsOf(Format);

        [CommandOption("--fail-on <STATUS>")]
        [Description("Exit 1 when any cell is absent ('absent') or not covered ('partial').")]
        public string? FailOn { get; init; }

        public override ValidationResult Validate()
        {
            if (Files.Length == 0) return ValidationResult.Error("give at least one FILE or folder");
            if (string.IsNullOrWhiteSpace(Principles)) return ValidationResult.Error("--principles CATALOG is required");
            if (Format is not ("md" or "csv" or "json")) return ValidationResult.Error("--format must be md, csv or json");
            if (FailOn is not (null or "absent" or "partial")) return ValidationResult.Error("--fail-on must be absent or partial");
            return ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken).GetAwaiter().GetResult();

    private async Task<int> RunAsync(Settings settings, CancellationToken ct)
    {
        var catalog = PrincipleCatalog.Load(settings.Principles!);
        var files = Expand(settings.Files);
        if (files.Count == 0) throw new ModelLawException("no texts found in " + string.Join(", ", settings.Files));

        var models = settings.Model is null ? [] : LoadModels(settings.Model, settings.ModelLabels, catalog, ct);

        var reports = new CoverageReport?[files.Count];
        var errors = new string?[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };

        async Task AnalyseAll(Action? step)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (i, token) =>
            {
                try
                {
                    var path = files[i];
                    var readOptions = ReadOptionsFor(path, settings.Language);
                    var doc = await Engine.ReadAsync(path, readOptions, token).ConfigureAwait(false);
                    var model = ModelFor(models, doc);
                    Comparison? comparison = model is null ? null : Compare(model, doc, token);
                    reports[i] = Engine.Coverage(doc, catalog, comparison, cancellationToken: token);
                }
                catch (ModelLawException ex)
                {
                    errors[i] = ex.Message;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors[i] = $"{files[i]}: {ex.Message}";
                }
                step?.Invoke();
            }).ConfigureAwait(false);
        }

        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected && files.Count > 1)
        {
            await AnsiConsole.Progress().AutoClear(true).HideCompleted(true).StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"coverage of {files.Count} texts", maxValue: files.Count);
                var gate = new object();
                await AnalyseAll(() => { lock (gate) task.Increment(1); }).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else await AnalyseAll(null).ConfigureAwait(false);

        foreach (var e in errors.Where(e => e is not null)) Console.Error.WriteLine($"modellaw: {e}");
        var done = Enumerable.Range(0, files.Count).Where(i => reports[i] is not null).ToList();
        if (done.Count == 0) return CliApp.InputError;

        var names = ColumnNames(done.Select(i => files[i]).ToList());
        var matrix = GapMatrix.From(catalog, done.Select(i => reports[i]!), names);
        WriteOutput(settings.Output, stream =>
        {
            if (settings.Format == "json")
            {
                GapMatrixFormatter.WriteJson(matrix, stream);
                return;
            }
            var text = settings.Format == "csv" ? GapMatrixFormatter.ToCsv(matrix) : GapMatrixFormatter.ToMarkdown(matrix);
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
        });

        if (errors.Any(e => e is not null)) return CliApp.InputError;
        var failing = settings.FailOn switch
        {
            "absent" => matrix.Rows.Any(r => r.Cells.Any(c => c.Status == CoverageStatus.Absent)),
            "partial" => matrix.Rows.Any(r => r.Cells.Any(c => c.Status != CoverageStatus.Covered)),
            _ => false,
        };
        return failing ? CliApp.Findings : CliApp.Ok;
    }

    /// <summary>
    /// The tagged models: the one given first, then its versions in other languages (NAME.fr.txt beside NAME.en.txt) that have
    /// labels; every labelled text of the folder when a folder is given.
    /// </summary>
    private List<LegalDocument> LoadModels(string modelArg, string? labelsArg, PrincipleCatalog catalog, CancellationToken ct)
    {
        var paths = Directory.Exists(modelArg) ? Expand([modelArg]) : [modelArg, .. LanguageVersions(modelArg)];
        var models = new List<LegalDocument>();
        foreach (var path in paths)
        {
            bool given = path == modelArg;
            var labelsPath = (given ? labelsArg : null) ?? FindLabels(path);
            if (labelsPath is null)
            {
                if (given) throw new ModelLawException($"no principle labels found for model {path}; give --model-labels");
                continue;
            }
            var labels = PrincipleLabels.Load(labelsPath);
            labels.Validate(catalog);
            models.Add(labels.ApplyTo(Read(path, null, ct)));
        }
        if (models.Count == 0) throw new ModelLawException($"no labelled model law in {modelArg}");
        return models;
    }

    /// <summary>"models/law.en.txt" → the other "models/law.xx.*" texts (xx a two- or three-letter language code), in ordinal order.</summary>
    internal static IEnumerable<string> LanguageVersions(string modelPath)
    {
        var name = Path.GetFileNameWithoutExtension(modelPath);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || name.Length - dot - 1 is not (2 or 3)) return [];
        var stem = name[..(dot + 1)];
        var dir = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".";
        var self = Path.GetFullPath(modelPath);
        return Directory.EnumerateFiles(dir, stem + "*")
            .Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && Path.GetFullPath(f) != self)
            .Where(f => Path.GetFileNameWithoutExtension(f)[stem.Length..] is { Length: 2 or 3 } code && code.All(char.IsAsciiLetterLower))
            .Order(StringComparer.Ordinal);
    }

    // the model in the text's language, else the first one (the comparer then says why it cannot compare)
    private static LegalDocument? ModelFor(List<LegalDocument> models, LegalDocument doc)
    {
        if (models.Count == 0) return null;
        var lang = Primary(doc.Language);
        return models.FirstOrDefault(m => Primary(m.Language) == lang) ?? models[0];
    }

    private static string Primary(string? language) =>
        (language ?? "").Split('-', '_')[0].ToLowerInvariant();

    private static Comparison Compare(LegalDocument model, LegalDocument national, CancellationToken ct)
    {
        IDocumentComparer comparer;
        try
        {
            comparer = Engine.GetService<IDocumentComparer>();
        }
        catch (InvalidOperationException ex)
        {
            throw new UnsupportedOperationException("comparison with a model is not available in this build", inner: ex);
        }
        return comparer.Compare(model, national, cancellationToken: ct);
    }

    /// <summary>Files as given; folders expand to the texts directly inside them, in ordinal order.</summary>
    internal static List<string> Expand(IEnumerable<string> args)
    {
        var result = new List<string>();
        foreach (var arg in args)
        {
            if (Directory.Exists(arg))
            {
                result.AddRange(Directory.EnumerateFiles(arg)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(arg)) result.Add(arg);
            else throw new ModelLawException($"file not found: {arg}");
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The labels file of a model: ../labels/NAME.principles.json beside its folder, or NAME.principles.json beside it.</summary>
    internal static string? FindLabels(string modelPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".";
        var name = Path.GetFileNameWithoutExtension(modelPath) + ".principles.json";
        foreach (var candidate in new[] { Path.Combine(dir, "..", "labels", name), Path.Combine(dir, "labels", name), Path.Combine(dir, name) })
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        return null;
    }

    // file names, or relative paths when two files share a name
    private static List<string> ColumnNames(List<string> files)
    {
        var names = files.Select(Path.GetFileName).ToList();
        return names.Distinct(StringComparer.Ordinal).Count() == names.Count
            ? names!
            : files.Select(f => Path.GetRelativePath(Directory.GetCurrentDirectory(), f)).ToList();
    }
}
