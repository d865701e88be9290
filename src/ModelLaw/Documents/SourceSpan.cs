namespace ModelLaw.Documents;

/// <summary>What the numbers of a <see cref="SourceSpan"/> count.</summary>
public enum SourceUnit
{
    /// <summary>1-based line numbers of a text file.</summary>
    Line,
    /// <summary>0-based indexes of body paragraphs in a Word document.</summary>
    WordParagraph,
    /// <summary>1-based element order in an XML document.</summary>
    XmlElement,
}

/// <summary>Where a provision stands in its source, inclusive on both ends.</summary>
/// <param name="Unit">What <paramref name="Start"/> and <paramref name="End"/> count.</param>
/// <param name="Start">First unit.</param>
/// <param name="End">Last unit (inclusive).</param>
public readonly record struct SourceSpan(SourceUnit Unit, int Start, int End)
{
    /// <summary>A span of text lines.</summary>
    public static SourceSpan Lines(int start, int end) => new(SourceUnit.Line, start, end);

    /// <summary>A span of Word body paragraphs.</summary>
    public static SourceSpan WordParagraphs(int start, int end) => new(SourceUnit.WordParagraph, start, end);

    /// <inheritdoc />
    public override string ToString() => Unit switch
    {
        SourceUnit.Line => Start == End ? $"line {Start}" : $"lines {Start}-{End}",
        SourceUnit.WordParagraph => Start == End ? $"paragraph {Start}" : $"paragraphs {Start}-{End}",
        _ => $"elements {Start}-{End}",
    };
}
