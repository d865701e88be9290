using ModelLaw.Documents;
using Spectre.Console.Cli;

namespace ModelLaw.Cli.Commands;

/// <summary>
/// Base of every command: turns <see cref="ModelLawException"/> and I/O errors into a one-line message on stderr
/// and exit code 3, so scripts get a clean failure rather than a stack trace.
/// </summary>
internal abstract class CommandBase<TSettings> : Command<TSettings> where TSettings : CommandSettings
{
    private static readonly Lazy<ModelLawEngine> SharedEngine = new(ModelLawEngine.CreateDefault);

    protected static ModelLawEngine Engine => SharedEngine.Value;

    /// <summary>What --encoding and --tracked-changes ask for (the defaults for commands without them).</summary>
    private Reading.ReadOptions _input = Reading.ReadOptions.Default;

    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        if (settings is InputSettings input)
        {
            var (options, error) = input.ToReadOptions();
            if (error is not null)
            {
                Console.Error.WriteLine($"modellaw: {error}");
                return CliApp.UsageError;
            }
            _input = options;
        }
        if (settings is IWritesFile writes)
        {
            if (OutputFile.Problem(writes.Output) is { } problem)
            {
                Console.Error.WriteLine($"modellaw: {problem}");
                return CliApp.UsageError;
            }
            if (OutputFile.ExtensionWarning(writes.Output, writes.OutputExtensions) is { } warning)
                Console.Error.WriteLine($"modellaw: {warning}");
        }
        try
        {
            return Run(settings, cancellationToken);
        }
        catch (ModelLawException ex)
        {
            Console.Error.WriteLine($"modellaw: {ex.Message}");
            return CliApp.InputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"modellaw: {ex.Message}");
            return CliApp.InputError;
        }
    }

    protected abstract int Run(TSettings settings, CancellationToken cancellationToken);

    /// <summary>Writes text to the file named by <paramref name="output"/>, or to stdout when it is null or "-".</summary>
    protected static void WriteOutput(string? output, Action<Stream> write)
    {
        if (string.IsNullOrEmpty(output) || output == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        using var file = File.Create(output);
        write(file);
    }

    /// <summary>
    /// Reads a document whose language may be forced: a forced language that contradicts the text is an input error
    /// naming the file (compare, report and batch never give a silent result for the wrong --lang).
    /// </summary>
    protected LegalDocument ReadChecked(string path, string? language, CancellationToken ct) =>
        TellDiagnostics(path, Engine.ReadCheckedAsync(path, ReadOptionsFor(path, language), ct).GetAwaiter().GetResult());

    /// <summary>
    /// The model set of --model: a folder holds the model in several languages (each language detected); a file is a set
    /// of one, read in the forced language when one is given. With a catalogue, each model gets its principle labels
    /// (found beside it, or <paramref name="labelsPath"/> for a single file).
    /// </summary>
    protected Workflows.Models.ModelSet LoadModels(string modelArg, string? language, Coverage.PrincipleCatalog? catalog,
        string? labelsPath, CancellationToken ct)
    {
        Workflows.Models.ModelSet set;
        if (Directory.Exists(modelArg))
        {
            if (labelsPath is not null)
                throw new InvalidConfigurationException("--model-labels needs a model file, not a folder: the labels of each model are found beside it");
            set = Engine.LoadModelSetAsync(modelArg, _input, ct).GetAwaiter().GetResult();
        }
        else set = Workflows.Models.ModelSet.Of([new Workflows.Models.ModelSetEntry(ReadChecked(modelArg, language, ct), modelArg)], modelArg);
        if (catalog is null) return set;
        return set.Select(m => RedlineCommand.ApplyLabels(m.Document, m.Path ?? modelArg, m.Path == modelArg ? labelsPath : null, catalog));
    }

    /// <summary>
    /// Reads a document through the engine (any supported format), with the command's --encoding and --tracked-changes.
    /// An empty file, or one with no text, is an error (<see cref="EmptyDocumentException"/>), never "0% kept".
    /// </summary>
    protected LegalDocument Read(string path, string? language, CancellationToken ct) =>
        TellDiagnostics(path, Engine.ReadAsync(path, ReadOptionsFor(path, language), ct).GetAwaiter().GetResult());

    private LegalDocument TellDiagnostics(string path, LegalDocument document)
    {
        if (!ShowsDocumentDiagnostics)
            foreach (var d in document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Code == EncodingNote))
                Console.Error.WriteLine($"modellaw: {Path.GetFileName(path)}: {d}");
        return document;
    }

    /// <summary>The reader's note naming a legacy encoding it decoded (or was told to decode) a text with.</summary>
    private const string EncodingNote = "ML0401";

    /// <summary>
    /// Whether the command's own output carries the documents' diagnostics (parse); otherwise reading warnings and the
    /// encoding used are told on standard error, so that a text read as windows-1251 or with no structure never goes unsaid.
    /// </summary>
    protected virtual bool ShowsDocumentDiagnostics => false;

    /// <summary>The model's own versions in other languages (--model-version), each read with its language detected.</summary>
    protected System.Collections.Immutable.ImmutableArray<LegalDocument> ReadVersions(IEnumerable<string> paths, CancellationToken ct) =>
        [.. paths.Select(p => Read(p, null, ct))];

    /// <summary>The read options for one input file; throws when the path is not a readable file.</summary>
    protected Reading.ReadOptions ReadOptionsFor(string path, string? language)
    {
        if (Directory.Exists(path)) throw new ModelLawException($"{path} is a folder, not a file");
        if (!File.Exists(path)) throw new ModelLawException($"file not found: {path}");
        return _input with { Language = language, SourceName = Path.GetFileName(path) };
    }
}
