using ModelLaw.Documents;

namespace ModelLaw.Reading;

/// <summary>Which view of a Word document with tracked changes to read.</summary>
public enum TrackedChangesView
{
    /// <summary>As if every change were accepted: deletions dropped, insertions kept (default).</summary>
    Accepted,
    /// <summary>As before the changes: deletions kept, insertions dropped.</summary>
    Original,
}

/// <summary>Safety limits every reader honours. Defaults are safe for a network service.</summary>
public sealed record ReadLimits
{
    /// <summary>Largest input accepted, in bytes (default 64 MiB).</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most entries a .docx zip may hold (default 2,000).</summary>
    public int MaxZipEntries { get; init; } = 2_000;

    /// <summary>Largest uncompressed/compressed ratio of any zip entry (default 100).</summary>
    public double MaxExpansionRatio { get; init; } = 100;

    /// <summary>Largest total uncompressed size of a zip, in bytes (default 256 MiB).</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most provisions in one document (default 500,000).</summary>
    public int MaxProvisions { get; init; } = 500_000;

    /// <summary>Deepest provision or XML nesting accepted (default 64).</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Time budget of any single regular-expression match (default 1 s).</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The defaults.</summary>
    public static ReadLimits Default { get; } = new();
}

/// <summary>Options for reading a document. Immutable; use <c>with</c> to vary.</summary>
public sealed record ReadOptions
{
    /// <summary>ISO 639-1 language code, or null to detect it from the text.</summary>
    public string? Language { get; init; }

    /// <summary>Name of the source (file name) used in diagnostics and errors.</summary>
    public string? SourceName { get; init; }

    /// <summary>Format to read, or null to sniff it from the content.</summary>
    public SourceFormat? Format { get; init; }

    /// <summary>
    /// Encoding of text input (plain text, Markdown, HTML), or null to settle it from the bytes: a byte-order mark, else
    /// UTF-8, else a detected legacy encoding named in diagnostic ML0401. Find one by name with <see cref="TextEncodings.Resolve"/>.
    /// </summary>
    public System.Text.Encoding? TextEncoding { get; init; }

    /// <summary>Tracked-changes view for Word input.</summary>
    public TrackedChangesView TrackedChanges { get; init; } = TrackedChangesView.Accepted;

    /// <summary>Safety limits.</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>The defaults.</summary>
    public static ReadOptions Default { get; } = new();
}
