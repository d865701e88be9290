namespace ModelLaw.Reading.Docx;

/// <summary>
/// One logical line of a Word document as a reader sees it: the visible number Word draws (from numbering.xml)
/// and the paragraph text, with the style hints that help the parser.
/// </summary>
/// <param name="FirstParagraph">0-based index of the first Word paragraph the line comes from.</param>
/// <param name="LastParagraph">Index of the last one (paragraphs merge when a tracked change deletes a paragraph mark; table rows span their cells).</param>
/// <param name="Label">The automatic number as Word shows it ("Article 5", "(a)", "а)"), or null for an unnumbered paragraph.</param>
/// <param name="Text">The paragraph's visible text in the chosen tracked-changes view, tabs and breaks turned into spaces.</param>
/// <param name="HeadingLevel">1..9 for a heading style or outline level, 0 for the Title style, null for body text.</param>
/// <param name="InTable">Whether the line is a table row.</param>
/// <param name="Separator">What stands between label and text: one space for Word's tab or space suffix, nothing for suffix "nothing".</param>
public sealed record DocxLine(int FirstParagraph, int LastParagraph, string? Label, string Text, int? HeadingLevel, bool InTable, string Separator = " ")
{
    /// <summary>
    /// True when empty paragraphs stand between this line and the previous one (a drafter's spacing); the parser sees them
    /// as a blank line, exactly as in a text file laid out the same way.
    /// </summary>
    public bool AfterEmptyParagraph { get; init; }

    /// <summary>
    /// The text with the paragraph's line breaks (<c>w:br</c>, <c>w:cr</c>) kept as '\n', or null when it has none:
    /// "Article 1⏎Purpose" in one paragraph reaches the parser as two lines, as in a text file, and the lines of a
    /// paragraph broken for layout stay one paragraph (the reader separates paragraphs with blank lines).
    /// </summary>
    internal string? TextWithBreaks { get; init; }

    /// <summary>True when Word draws a tab between the label and the text (the default list suffix).</summary>
    public bool TabAfterLabel { get; init; }

    /// <summary>What a reader of the printed page sees: label, separator, text.</summary>
    public string Display => string.IsNullOrEmpty(Label) ? Text : Text.Length == 0 ? Label : Label + Separator + Text;

    /// <inheritdoc />
    public override string ToString() => Display;
}
