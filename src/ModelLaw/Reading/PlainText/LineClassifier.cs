using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText;

internal enum BlockType { Heading, Item, Indent, Text, Deleted }

/// <summary>A numbering label read from the start of a line: "(a)", "1.", "а)".</summary>
internal sealed record ItemLabel(string Written, string Token, char Form, IReadOnlyList<(INumberingScheme Scheme, SchemeNumber Number)> Candidates);

/// <summary>One logical block of the source: a heading line, a numbered item, an indent or plain text (possibly several lines).</summary>
internal sealed class Block
{
    public required BlockType Type { get; init; }
    public required int StartLine { get; init; }
    public int EndLine { get; set; }
    public required string Text { get; set; }
    public HeadingMatch? Heading { get; init; }
    public ItemLabel? Label { get; init; }
    public string? IndentMark { get; init; }
    public int MarkdownLevel { get; init; }

    /// <summary>True when a blank line (or the start of the text) precedes the block.</summary>
    public bool AfterBlank { get; init; }
}

/// <summary>Classifies single lines by their shape, using one language profile. Stateless apart from the profile.</summary>
internal sealed class LineClassifier(LanguageProfile profile)
{
    private static readonly string[] HeadingSeparators = ["—", "–", "-", ":", "."];

    public LanguageProfile Profile => profile;

    public Block Classify(string rawLine, int lineNo, bool afterBlank)
    {
        var line = rawLine.Trim();
        // a tab inside a line (table cells "1<TAB>Federal Real Property") reads as one space, as the .docx reader shows a w:tab
        if (line.Contains('\t')) line = CollapseTabs(line);
        int mdLevel = 0;
        if (line.StartsWith('#'))
        {
            while (mdLevel < line.Length && line[mdLevel] == '#') mdLevel++;
            if (mdLevel < line.Length && line[mdLevel] == ' ') line = line[mdLevel..].Trim();
            else mdLevel = 0;
        }
        line = StripEmphasis(line);
        var folded = Fold(line);

        if (IsDeletedMarker(folded))
            return new Block { Type = BlockType.Deleted, StartLine = lineNo, EndLine = lineNo, Text = line, AfterBlank = afterBlank };

        if (TryHeading(line, folded, out var heading))
            return new Block { Type = BlockType.Heading, StartLine = lineNo, EndLine = lineNo, Text = line, Heading = heading, MarkdownLevel = mdLevel, AfterBlank = afterBlank };

        if (mdLevel == 0 && TryIndent(line, out var mark, out var indentText))
            return new Block { Type = BlockType.Indent, StartLine = lineNo, EndLine = lineNo, Text = indentText, IndentMark = mark, AfterBlank = afterBlank };

        if (mdLevel == 0 && TryLabel(line, folded, out var label, out var rest))
            return new Block { Type = BlockType.Item, StartLine = lineNo, EndLine = lineNo, Text = rest, Label = label, AfterBlank = afterBlank };

        return new Block { Type = BlockType.Text, StartLine = lineNo, EndLine = lineNo, Text = line, MarkdownLevel = mdLevel, AfterBlank = afterBlank };
    }

    private static string CollapseTabs(string line)
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

    private string Fold(string line)
    {
        var f = profile.FoldChar;
        return string.Create(line.Length, (line, f), static (span, s) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = s.f(s.line[i]);
        });
    }

    private static string StripEmphasis(string line)
    {
        foreach (var m in new[] { "**", "__" })
            if (line.Length > 4 && line.StartsWith(m, StringComparison.Ordinal) && line.EndsWith(m, StringComparison.Ordinal)
                && !line[2..^2].Contains(m, StringComparison.Ordinal))
                return line[2..^2].Trim();
        return line;
    }

    /// <summary>A line of three or more dashes (possibly with a stray "?" or spaces): a deleted passage of a consolidated text.</summary>
    private static bool IsDeletedMarker(string line)
    {
        int dashes = 0;
        foreach (var c in line)
        {
            if (c is '—' or '–' or '-' or '_' or '─') dashes++;
            else if (!char.IsWhiteSpace(c) && c != '?' && c != '.') return false;
        }
        return dashes >= 3;
    }

    public bool TryHeading(string line, string folded, out HeadingMatch? match)
    {
        foreach (var m in profile.HeadingMatchers)
            if (m.TryMatch(folded, profile, out match) && match is not null) return true;
        match = null;
        if (line.Length == 0 || !char.IsUpper(line[0]) && line[0] != '§') return false;

        int sp = IndexOfSpace(folded, 0);
        if (sp < 0) return false;
        var keyword = folded[..sp];
        if (!profile.HeadingKeywords.TryGetValue(keyword, out var kind)) return false;

        int numStart = SkipSpaces(folded, sp);
        int numEnd = IndexOfSpace(folded, numStart);
        if (numEnd < 0) numEnd = folded.Length;
        var token = folded[numStart..numEnd];
        bool trailingSeparator = false;
        if (token.EndsWith(',')) return false;
        while (token.Length > 1 && token[^1] is '.' or ':')
        {
            token = token[..^1];
            trailingSeparator = true;
        }
        string codePrefix = "";
        if (kind == ProvisionKind.Article && IsCodePrefix(token) && numEnd < folded.Length)
        {
            // French codes: "Article L. 111-1", "Article R*. 12-3" → the part letter, then the number
            int next = SkipSpaces(folded, numEnd);
            int nextEnd = IndexOfSpace(folded, next);
            if (nextEnd < 0) nextEnd = folded.Length;
            var number = folded[next..nextEnd];
            bool separator = false;
            while (number.Length > 1 && number[^1] is '.' or ':')
            {
                number = number[..^1];
                separator = true;
            }
            if (number.Length > 0 && char.IsAsciiDigit(number[0]))
            {
                trailingSeparator = separator;
                codePrefix = token.TrimEnd('.');
                token = number;
                numStart = next;
                numEnd = nextEnd;
            }
        }
        if (!TryHeadingNumber(token, kind, out var ordinal, out var value, out var insertion)) return false;
        value = codePrefix + value;
        int writtenEnd = numStart + token.Length;

        int pos = numEnd;
        if (!trailingSeparator)
        {
            // "Article 10 bis", "Article 10 bis."
            int wStart = SkipSpaces(folded, pos);
            int wEnd = IndexOfSpace(folded, wStart);
            if (wEnd < 0) wEnd = folded.Length;
            var word = folded[wStart..wEnd];
            var bare = word.TrimEnd('.', ':');
            if (bare.Length > 0 && profile.InsertionWords.TryGetValue(bare, out var ins) && insertion == 0 && value.All(char.IsDigit))
            {
                insertion = ins;
                value += (char)('a' + ins - 1);
                writtenEnd = wStart + bare.Length;
                pos = wEnd;
                trailingSeparator = bare.Length != word.Length;
            }
        }

        var rest = folded[pos..].Trim();
        string? heading = null;
        if (rest.Length > 0)
        {
            var sep = HeadingSeparators.FirstOrDefault(s => rest.StartsWith(s, StringComparison.Ordinal));
            if (sep is not null) heading = rest[sep.Length..].Trim();
            else if (trailingSeparator) heading = rest;
            else if (kind != ProvisionKind.Article && IsAllUpper(rest)) heading = rest;
            else return false; // "Article 5 of Directive ..." is a sentence, not a heading
            // keep the original (unfolded) characters of the heading
            heading = line[(line.Length - heading.Length)..].Trim();
            if (heading.Length == 0) heading = null;
        }

        var written = line[..writtenEnd];
        match = new HeadingMatch(kind, written, value, ordinal, heading);
        return true;
    }

    private bool TryHeadingNumber(string token, ProvisionKind kind, out int? ordinal, out string value, out int insertion)
    {
        ordinal = null; value = ""; insertion = 0;
        if (token.Length == 0) return false;
        if (profile.OrdinalWords.TryGetValue(token, out var o))
        {
            ordinal = o; value = o.ToString(CultureInfo.InvariantCulture); return true;
        }
        if (DecimalScheme.Instance.TryParse(token, out var d))
        {
            ordinal = d.Ordinal; insertion = d.Insertion; value = d.Value; return true;
        }
        if (TryDottedInsertion(token, out var baseNo, out var ins))
        {
            // "Статья 11.1": an article inserted after article 11
            ordinal = baseNo; insertion = ins; value = token; return true;
        }
        // a single capital letter other than I is a letter ("Section C"); otherwise Roman numerals come first
        if (token.Length == 1 && char.IsUpper(token[0]) && token != "I" && LetterScheme.LatinUpper.TryParse(token, out var l1)
            && kind is not (ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Title or ProvisionKind.Part))
        {
            ordinal = l1.Ordinal; value = l1.Value; return true;
        }
        if (token.All(char.IsUpper) && RomanScheme.TryParseRoman(token, out var r))
        {
            ordinal = r; value = r.ToString(CultureInfo.InvariantCulture); return true;
        }
        if (token.Length == 1 && LetterScheme.LatinUpper.TryParse(token, out var l))
        {
            ordinal = l.Ordinal; value = l.Value; return true;
        }
        return false;
    }

    // "L.", "R", "LO.", "D." : the book letters of French codes
    private static bool IsCodePrefix(string token)
    {
        var letters = token.TrimEnd('.');
        return letters.Length is 1 or 2 && letters.All(char.IsAsciiLetterUpper) && letters != "I";
    }

    /// <summary>"11.1" or "5-1" → 11 and 1, 5 and 1 (an inserted number in Russian, French and other drafting).</summary>
    internal static bool TryDottedInsertion(string token, out int baseNumber, out int insertion)
    {
        baseNumber = 0; insertion = 0;
        var dot = token.AsSpan().IndexOfAny(".-\u2010\u2011"); // a span of the literal: no array per call
        if (dot <= 0 || dot == token.Length - 1 || dot > 4 || token.Length - dot > 4) return false;
        return int.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out baseNumber)
            && int.TryParse(token.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out insertion);
    }

    private static bool IsAllUpper(string s)
    {
        bool any = false;
        foreach (var c in s)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; any = true; }
        }
        return any;
    }

    private static bool TryIndent(string line, out string mark, out string text)
    {
        mark = ""; text = "";
        if (line.Length < 2) return false;
        var c = line[0];
        if (c is '—' or '–' or '•' or '·' or '▪' or '-' or '*' && line[1] == ' ')
        {
            mark = c.ToString();
            text = line[2..].TrimStart();
            return true;
        }
        return false;
    }

    public bool TryLabel(string line, string folded, out ItemLabel? label, out string rest)
    {
        label = null; rest = "";
        if (folded.Length < 2) return false;
        string token;
        char form;
        int after;
        if (folded[0] == '(')
        {
            int close = folded.IndexOf(')', 1);
            if (close < 2 || close > 9) return false;
            token = folded[1..close];
            var parts = token.Split(' ');
            if (parts.Length == 2 && parts[0].All(char.IsAsciiDigit) && profile.InsertionWords.TryGetValue(parts[1], out var insP))
                token = parts[0] + (char)('a' + insP - 1); // "(3 bis)"
            form = '(';
            after = close + 1;
        }
        else
        {
            int i = 0;
            while (i < folded.Length && i < 9 && char.IsLetterOrDigit(folded[i])) i++;
            if (i == 0 || i >= folded.Length) return false;
            token = folded[..i];
            if (folded[i] == ' ' && token.All(char.IsAsciiDigit))
            {
                // "3 bis." / "3 bis)"
                int j = i + 1;
                while (j < folded.Length && j < i + 12 && char.IsLetter(folded[j])) j++;
                if (j < folded.Length && j > i + 1 && folded[j] is '.' or ')'
                    && profile.InsertionWords.TryGetValue(folded[(i + 1)..j], out var ins))
                {
                    token += (char)('a' + ins - 1);
                    i = j;
                }
            }
            if (folded[i] == '.' && i + 1 < folded.Length && profile.OrdinalIndicators.Contains(folded[i + 1]) && token.All(char.IsAsciiDigit))
            {
                form = folded[i + 1]; // "1.º", "1.ª": a list of its own
                i++;
            }
            else if (folded[i] != '(' && profile.ItemLabelTerminators.Contains(folded[i])) form = folded[i];
            else return false;
            after = i + 1;
        }
        // Chinese runs on without a space: "（一）确立…"
        if (after < folded.Length && !char.IsWhiteSpace(folded[after]) && profile.Script != Script.Han) return false;
        if (token.Any(char.IsWhiteSpace)) return false;

        var candidates = new List<(INumberingScheme, SchemeNumber)>();
        foreach (var scheme in profile.ItemSchemes)
            if (scheme.TryParse(token, out var n)) candidates.Add((scheme, n));
        if (candidates.Count == 0) return false;
        // "A." or "I." starting a sentence is a label only when something follows
        rest = line[after..].Trim();
        label = new ItemLabel(line[..after], token, form, candidates);
        return true;
    }

    private static int IndexOfSpace(string s, int from)
    {
        for (int i = from; i < s.Length; i++) if (char.IsWhiteSpace(s[i])) return i;
        return -1;
    }

    private static int SkipSpaces(string s, int from)
    {
        while (from < s.Length && char.IsWhiteSpace(s[from])) from++;
        return from;
    }
}
