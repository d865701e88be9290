namespace ModelLaw.Cli.Commands;

/// <summary>Settings of a command that writes one file named by <c>-o</c> (standard output when none).</summary>
internal interface IWritesFile
{
    /// <summary>The file to write, or null / "-" for standard output.</summary>
    string? Output { get; }

    /// <summary>The extensions a file of the chosen format usually has (".json"), the usual one first.</summary>
    IReadOnlyList<string> OutputExtensions { get; }
}

/// <summary>
/// Checks an output path before any work is done: a folder, or a place that cannot be written, is a usage error with
/// a plain message (not an access error after the work); a name whose extension does not match the format is a warning.
/// </summary>
internal static class OutputFile
{
    /// <summary>The extensions of each format name the commands write.</summary>
    public static IReadOnlyList<string> ExtensionsOf(string format) => format switch
    {
        "json" => [".json"],
        "csv" => [".csv"],
        "md" => [".md", ".markdown"],
        "akn" => [".xml", ".akn"],
        "outline" or "text" => [".txt", ".text"],
        "html" => [".html", ".htm"],
        "docx" => [".docx"],
        _ => [],
    };

    /// <summary>Why the output cannot be written, or null when it can (creating its folder if needed).</summary>
    public static string? Problem(string? output)
    {
        if (string.IsNullOrEmpty(output) || output == "-") return null;
        if (Directory.Exists(output) || output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar))
            return $"-o {output}: that is a folder; name the file to write in it";
        var full = Path.GetFullPath(output);
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            bool existed = File.Exists(full);
            using (new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write)) { }
            if (!existed) File.Delete(full);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"-o {output}: cannot be written ({e.Message})";
        }
    }

    /// <summary>A warning when the file's extension is not one its format has, or null.</summary>
    public static string? ExtensionWarning(string? output, IReadOnlyList<string> extensions)
    {
        if (string.IsNullOrEmpty(output) || output == "-" || extensions.Count == 0) return null;
        var extension = Path.GetExtension(output);
        if (extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) return null;
        return $"warning: {Path.GetFileName(output)} will hold {extensions[0]} content; name it *{extensions[0]} so that other programs open it as such";
    }
}
