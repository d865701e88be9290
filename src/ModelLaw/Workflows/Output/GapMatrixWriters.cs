using System.Text;
using ModelLaw.Coverage;

namespace ModelLaw.Workflows.Output;

/// <summary>The gap matrix (principles × texts) as JSON with its evidence (see <see cref="GapMatrixFormatter.WriteJson"/>).</summary>
public sealed class GapMatrixJsonWriter : IResultWriter<GapMatrix>
{
    /// <inheritdoc />
    public string FormatName => "json";

    /// <inheritdoc />
    public void Write(GapMatrix result, Stream output, CancellationToken cancellationToken = default) =>
        GapMatrixFormatter.WriteJson(result, output);
}

/// <summary>The gap matrix as CSV (see <see cref="GapMatrixFormatter.ToCsv"/>).</summary>
public sealed class GapMatrixCsvWriter : IResultWriter<GapMatrix>
{
    /// <inheritdoc />
    public string FormatName => "csv";

    /// <inheritdoc />
    public void Write(GapMatrix result, Stream output, CancellationToken cancellationToken = default) =>
        GapText.Write(output, GapMatrixFormatter.ToCsv(result));
}

/// <summary>The gap matrix as a Markdown table (see <see cref="GapMatrixFormatter.ToMarkdown"/>).</summary>
public sealed class GapMatrixMarkdownWriter : IResultWriter<GapMatrix>
{
    /// <inheritdoc />
    public string FormatName => "md";

    /// <inheritdoc />
    public void Write(GapMatrix result, Stream output, CancellationToken cancellationToken = default) =>
        GapText.Write(output, GapMatrixFormatter.ToMarkdown(result));
}

internal static class GapText
{
    public static void Write(Stream output, string text)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new UTF8Encoding(false).GetBytes(text));
    }
}
