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

    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
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

    /// <summary>Reads a document through the engine (any supported format).</summary>
    protected static LegalDocument Read(string path, string? language, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new ModelLawException($"file not found: {path}");
        var options = Reading.ReadOptions.Default with { Language = language, SourceName = Path.GetFileName(path) };
        return Engine.ReadAsync(path, options, ct).GetAwaiter().GetResult();
    }
}
