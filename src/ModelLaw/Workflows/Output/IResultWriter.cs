namespace ModelLaw.Workflows.Output;

/// <summary>
/// Writes one kind of result in one format. Register more with <c>services.AddSingleton&lt;IResultWriter&lt;T&gt;, ...&gt;()</c>;
/// <see cref="ModelLawEngine.Write{T}(T, string, Stream, CancellationToken)"/> finds them by <see cref="FormatName"/>.
/// Implementations are stateless and thread-safe, and write the same bytes for the same result.
/// </summary>
/// <typeparam name="T">The result type (a comparison, a matrix, a document...).</typeparam>
public interface IResultWriter<in T>
{
    /// <summary>Short format name ("json", "csv", "md", ...), unique per result type.</summary>
    string FormatName { get; }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, which stays open.</summary>
    void Write(T result, Stream output, CancellationToken cancellationToken = default);
}
