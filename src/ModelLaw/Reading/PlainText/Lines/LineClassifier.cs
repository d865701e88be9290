using ModelLaw.Reading.PlainText.Headings;

namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>
/// Classifies single lines by their shape, using one language profile. Reads each line as a slice of the source and
/// makes strings only for what a provision keeps (numbers, headings); its one piece of state is a scratch buffer for
/// folded characters, so an instance serves one parse at a time.
/// </summary>
internal sealed partial class LineClassifier(ProfileIndex index, bool sections = false)
{
    private char[] _folded = [];
    private readonly ShortStrings _strings = new();

    public LanguageProfile Profile => index.Profile;

    public ProfileIndex Index => index;

    /// <summary>True when this classifier reads common-law sections (see <see cref="LanguageProfile.SectionKeywords"/>).</summary>
    public bool Sections => sections;

    /// <summary>Why the last line tried as a heading was refused, when it nearly was one.</summary>
    private string? Rejected { get; set; }

    public Block Classify(string line, int lineNo, bool afterBlank) => Classify(TextSlice.Of(line), lineNo, afterBlank);

    public Block Classify(TextSlice raw, int lineNo, bool afterBlank)
    {
        var line = raw.Trim();
        // a tab inside a line (table cells "1<TAB>Federal Real Property") reads as one space, as the .docx reader shows a w:tab
        if (line.Span.Contains('\t')) line = TextSlice.Of(CollapseTabs(line.Span));
        int mdLevel = 0;
        if (line.Length > 0 && line.Span[0] == '#')
        {
            var s = line.Span;
            while (mdLevel < s.Length && s[mdLevel] == '#') mdLevel++;
            if (mdLevel < s.Length && s[mdLevel] == ' ') line = line.From(mdLevel).Trim();
            else mdLevel = 0;
        }
        line = StripEmphasis(line);
        var folded = Fold(line.Span);

        if (IsDeletedMarker(folded))
            return new Block { Type = BlockType.Deleted, StartLine = lineNo, EndLine = lineNo, Slice = line, AfterBlank = afterBlank };

        if (sections && SectionHeadings.TryMatch(folded, Profile) is { } section)
            return new Block
            {
                Type = BlockType.Heading, StartLine = lineNo, EndLine = lineNo, Slice = line, Heading = Unfold(section.Match, line.Span, folded),
                MarkdownLevel = mdLevel, AfterBlank = afterBlank, Section = section,
            };

        Rejected = null;
        if (TryHeading(line.Span, folded, out var heading))
            return new Block { Type = BlockType.Heading, StartLine = lineNo, EndLine = lineNo, Slice = line, Heading = heading, MarkdownLevel = mdLevel, AfterBlank = afterBlank };
        var nearMiss = Rejected;

        if (mdLevel == 0 && TryIndent(line, out var mark, out var indentText))
            return new Block { Type = BlockType.Indent, StartLine = lineNo, EndLine = lineNo, Slice = indentText, IndentMark = mark, AfterBlank = afterBlank };

        if (mdLevel == 0 && TryLabel(line, folded, out var label, out var rest))
            return ItemBlock(line, label!, rest, lineNo, afterBlank);

        return new Block { Type = BlockType.Text, StartLine = lineNo, EndLine = lineNo, Slice = line, MarkdownLevel = mdLevel, AfterBlank = afterBlank, NearMiss = nearMiss };
    }

    private Block ItemBlock(TextSlice line, ItemLabel label, TextSlice rest, int lineNo, bool afterBlank)
    {
        TextSlice? continuation = null;
        string? itemHeading = null;
        if (sections && label.Form == '(' && label.Written.Length < line.Length && line.Span[label.Written.Length] == '(')
        {
            continuation = rest; // "(a)(1) The Director …": (a) holds no words of its own, (1) is its first child
            rest = rest.Range(0, 0);
        }
        else if (sections) (itemHeading, rest) = SplitRunInHeading(rest);
        return new Block
        {
            Type = BlockType.Item, StartLine = lineNo, EndLine = lineNo, Slice = rest, Label = label, AfterBlank = afterBlank,
            Continuation = continuation, ItemHeading = itemHeading,
        };
    }

    /// <summary>Keeps the original characters of the heading and body (the match was read on the folded line; positions agree).</summary>
    private HeadingMatch Unfold(HeadingMatch m, ReadOnlySpan<char> line, ReadOnlySpan<char> folded)
    {
        if (!index.Folds || line.SequenceEqual(folded)) return m;
        string? Back(string? part, ReadOnlySpan<char> line) => part is null ? null : line[(line.Length - part.Length)..].ToString();
        return m with { Heading = m.Body is null ? Back(m.Heading, line) : m.Heading, Body = Back(m.Body, line) };
    }

    /// <summary>"In General.—The head of each agency shall—" → ("In General", "The head of each agency shall—").</summary>
    private static (string? Heading, TextSlice Text) SplitRunInHeading(TextSlice rest)
    {
        var s = rest.Span;
        int stop = s.IndexOf(".—", StringComparison.Ordinal);
        if (stop <= 0 || stop > 120 || !char.IsUpper(s[0])) return (null, rest);
        var heading = s[..stop];
        if (heading.Contains(". ", StringComparison.Ordinal)) return (null, rest);
        var text = rest.From(stop + 2);
        int lead = 0;
        while (lead < text.Length && char.IsWhiteSpace(text.Span[lead])) lead++;
        return (heading.ToString(), text.From(lead));
    }

    private static string CollapseTabs(ReadOnlySpan<char> line)
    {
        var sb = new System.Text.StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] != '\t') { sb.Append(line[i]); continue; }
            while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            while (i + 1 < line.Length && line[i + 1] is ' ' or '\t') i++;
            sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>The line as the profile folds it: the line itself when the profile folds nothing, else a scratch copy.</summary>
    private ReadOnlySpan<char> Fold(ReadOnlySpan<char> line)
    {
        if (!index.Folds) return line;
        if (_folded.Length < line.Length) _folded = new char[Math.Max(line.Length, 2 * _folded.Length)];
        var into = _folded.AsSpan(0, line.Length);
        index.Fold(line, into);
        return into;
    }

    private static TextSlice StripEmphasis(TextSlice line)
    {
        var s = line.Span;
        foreach (var m in (ReadOnlySpan<string>)["**", "__"])
            if (s.Length > 4 && s.StartsWith(m, StringComparison.Ordinal) && s.EndsWith(m, StringComparison.Ordinal)
                && !s[2..^2].Contains(m, StringComparison.Ordinal))
                return line.Range(2, line.Length - 2).Trim();
        return line;
    }

    /// <summary>A line of three or more dashes (possibly with a stray "?" or spaces): a deleted passage of a consolidated text.</summary>
    private static bool IsDeletedMarker(ReadOnlySpan<char> line)
    {
        int dashes = 0;
        foreach (var c in line)
        {
            if (c is '—' or '–' or '-' or '_' or '─') dashes++;
            else if (!char.IsWhiteSpace(c) && c != '?' && c != '.') return false;
        }
        return dashes >= 3;
    }

    private static bool TryIndent(TextSlice line, out string mark, out TextSlice text)
    {
        mark = "";
        text = default;
        var s = line.Span;
        if (s.Length < 2 || s[1] != ' ') return false;
        string? m = s[0] switch { '—' => "—", '–' => "–", '•' => "•", '·' => "·", '▪' => "▪", '-' => "-", '*' => "*", _ => null };
        if (m is null) return false;
        mark = m;
        int start = 2;
        while (start < s.Length && char.IsWhiteSpace(s[start])) start++;
        text = line.From(start);
        return true;
    }

    private static int IndexOfSpace(ReadOnlySpan<char> s, int from)
    {
        for (int i = from; i < s.Length; i++) if (char.IsWhiteSpace(s[i])) return i;
        return -1;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int from)
    {
        while (from < s.Length && char.IsWhiteSpace(s[from])) from++;
        return from;
    }
}
