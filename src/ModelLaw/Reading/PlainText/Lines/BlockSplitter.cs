namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>
/// Cuts the decoded text into blocks in one pass over its lines, read as slices of the text (no string per line). When the
/// text separates its paragraphs with blank lines, consecutive plain lines are one paragraph (hard-wrapped text);
/// otherwise every line is its own block.
/// </summary>
internal static class BlockSplitter
{
    public static List<Block> Split(string text, LineClassifier classifier, CancellationToken ct)
    {
        var (lines, blank) = Lines(text);
        bool blankSeparated = lines.Count > blank && blank * 5 >= lines.Count - blank;
        var blocks = new List<Block>(lines.Count / 2 + 1);
        bool afterBlank = true;
        for (int i = 0; i < lines.Count; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            var raw = lines[i];
            if (raw.Length == 0) // blank (white space only)
            {
                afterBlank = true;
                continue;
            }
            if (i == 0 && raw.Span[0] == '\uFEFF') raw = raw.From(1);
            var block = classifier.Classify(raw, i + 1, afterBlank);
            var prev = blocks.Count > 0 ? blocks[^1] : null;
            if (blankSeparated && !afterBlank && prev is not null && block.Type == BlockType.Text && block.MarkdownLevel == 0
                && prev.Type is BlockType.Text or BlockType.Item or BlockType.Indent && prev.MarkdownLevel == 0)
                prev.Append(block.Slice, i + 1);
            else
                blocks.Add(block);
            afterBlank = false;
        }
        return blocks;
    }

    /// <summary>
    /// The lines of the text split at '\n' (a final '\r' dropped), with the count of blank ones; a blank line is given as an
    /// empty slice. As <c>text.Split('\n')</c>, a text ending with '\n' has an empty last line.
    /// </summary>
    private static (List<TextSlice> Lines, int Blank) Lines(string text)
    {
        var lines = new List<TextSlice>(text.Length / 40 + 1);
        int blank = 0, start = 0;
        var all = text.AsSpan();
        while (true)
        {
            int nl = all[start..].IndexOf('\n');
            int end = nl < 0 ? text.Length : start + nl;
            var line = new TextSlice(text, start, end - start);
            if (line.Span.IsWhiteSpace())
            {
                blank++;
                lines.Add(new TextSlice(text, start, 0));
            }
            else lines.Add(line.Length > 0 && line.Span[^1] == '\r' ? line.Range(0, line.Length - 1) : line);
            if (nl < 0) break;
            start = end + 1;
        }
        return (lines, blank);
    }
}
