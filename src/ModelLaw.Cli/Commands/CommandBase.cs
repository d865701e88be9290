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
    /// Reads a document through the engine (any supported format), with the command's --encoding and --tracked-changes.
    /// An empty file, or one with no text, is an error (<see cref="EmptyDocumentException"/>), never "0% kept".
    /// </summary>
    protected LegalDocument Read(string path, string? language, CancellationToken ct) =>
        Engine.ReadAsync(path, ReadOptionsFor(path, language), ct).GetAwaiter().GetResult();

    /// <summary>The read options for one input file; throws when the path is not a readable file.</summary>
    protected Reading.ReadOptions ReadOptionsFor(string path, string? language)
    {
        if (Directory.Exists(path)) throw new ModelLawException($"{path} is a folder, not a file");
        if (!File.Exists(path)) throw new ModelLawException($"file not found: {path}");
        return _input with { Language = language, SourceName = Path.GetFileName(path) };
    }
}
