using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.Docx;

namespace ModelLaw.Tests.Docx;

/// <summary>Reads fixtures the way the tests need them: the logical lines, or their display strings.</summary>
internal static class DocxTestRead
{
    private static readonly DocxReader Reader = new(new UnusedParser());

    public static IReadOnlyList<DocxLine> Lines(byte[] docx, ReadOptions? options = null) =>
        Reader.ReadLines(new MemoryStream(docx), options ?? new ReadOptions { SourceName = "fixture.docx" });

    public static string[] Display(byte[] docx, ReadOptions? options = null) =>
        Lines(docx, options).Select(l => l.Display).ToArray();

    public static string[] Labels(byte[] docx, ReadOptions? options = null) =>
        Lines(docx, options).Select(l => l.Label ?? "").ToArray();

    private sealed class UnusedParser : ITextParser
    {
        public LegalDocument Parse(string text, ReadOptions options, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("line tests do not build trees");
    }
}
