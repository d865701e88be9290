using ModelLaw.Comparing;
using ModelLaw.Reading;

namespace ModelLaw.AddIn.Hosting;

/// <summary>
/// Settings of the add-in host (configuration section <c>AddIn</c>; environment variables <c>AddIn__MaxUploadBytes</c> and so on).
/// Bound once at start; immutable afterwards.
/// </summary>
public sealed record AddInOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AddIn";

    /// <summary>
    /// Folder of the shipped corpus (<c>models/</c>, <c>principles/</c>). Relative paths are resolved against the folder of the
    /// host's binaries, where the build copies the repository's <c>corpus/</c>. Default <c>corpus</c>.
    /// </summary>
    public string CorpusPath { get; init; } = "corpus";

    /// <summary>Largest single uploaded file, in bytes (default 16 MiB). Larger → 413.</summary>
    public long MaxUploadBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest request body, in bytes (default 40 MiB: two full-size files and form overhead). Larger → 413.</summary>
    public long MaxRequestBytes { get; init; } = 40L * 1024 * 1024;

    /// <summary>
    /// Origins allowed to call the API from another origin (CORS), e.g. <c>https://addin.example.org</c>. The task pane served by
    /// this host is same-origin and needs no entry. Every other origin is refused.
    /// </summary>
    public string[] AllowedOrigins { get; init; } = [];

    /// <summary>
    /// Public base URL of the host as Word reaches it (e.g. <c>https://localhost:5443</c>), substituted into the manifest served at
    /// <c>/manifest.xml</c>. When empty, the scheme and host of the request are used.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>Author written into redline tracked changes and comments.</summary>
    public string RedlineAuthor { get; init; } = "ModelLaw";

    /// <summary>
    /// Safety limits for reading uploads (section <c>AddIn:Limits</c>, e.g. <c>AddIn__Limits__MaxZipEntries=500</c>): zip entries,
    /// expansion ratio and size, provisions, nesting depth. <see cref="ReadLimits.MaxInputBytes"/> is further capped by
    /// <see cref="MaxUploadBytes"/>. Defaults are <see cref="ReadLimits"/>'s.
    /// </summary>
    public ReadLimits Limits { get; init; } = new();

    /// <summary>
    /// Most API requests processed at the same time (default 0: twice the processor count). Others wait in a queue, so that a
    /// burst shares the processors fairly instead of starving every request at once.
    /// </summary>
    public int MaxConcurrentRequests { get; init; }

    /// <summary>Most API requests waiting for a turn (default 1,000); beyond that a request is refused with 503 and Retry-After.</summary>
    public int RequestQueueLimit { get; init; } = 1_000;

    /// <summary>Work budget of one word diff (see <see cref="CompareOptions.MaxWordDiffCells"/>); larger pairs get a coarser diff.</summary>
    public long MaxWordDiffCells { get; init; } = Comparing.Diffing.WordDiffer.DefaultMaxWordDiffCells;
}
