using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Reading.PlainText.Headings;
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

    /// <summary>The section line this heading block was read from (section reading only).</summary>
    public SectionLine? Section { get; init; }

    /// <summary>Why a line that looks like a heading was not read as one ("\"Article 5\" goes on as a sentence"), else null.</summary>
    public string? NearMiss { get; init; }

    /// <summary>A second label joined to this item's ("(a)(1) The Director …" → "(1) The Director …"), read as the next block.</summary>
    public string? Continuation { get; init; }

    /// <summary>A run-in heading of the item ("(a) In General.—The head …" → "In General"), else null.</summary>
    public string? ItemHeading { get; init; }
}

/// <summary>Classifies single lines by their shape, using one language profile. Stateless apart from the profile.</summary>
internal sealed class LineClassifier(LanguageProfile profile, bool sections = false)
{
    private static readonly string[] HeadingSeparators = ["—", "–", "-", ":", "."];

    public LanguageProfile Profile => profile;

    /// <summary>True when this classifier reads common-law sections (see <see cref="LanguageProfile.SectionKeywords"/>).</summary>
    public bool Sections => sections;

    /// <summary>Why the last line tried as a heading was refused, when it nearly was one.</summary>
    private string? Rejected { get; set; }

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

        if (sections && SectionHeadings.TryMatch(folded, profile) is { } section)
            return new Block
            {
                Type = BlockType.Heading, StartLine = lineNo, EndLine = lineNo, Text = line, Heading = Unfold(section.Match, line, folded),
                MarkdownLevel = mdLevel, AfterBlank = afterBlank, Section = section,
            };

        Rejected = null;
        if (TryHeading(line, folded, out var heading))
            return new Block { Type = BlockType.Heading, StartLine = lineNo, EndLine = lineNo, Text = line, Heading = heading, MarkdownLevel = mdLevel, AfterBlank = afterBlank };
        var nearMiss = Rejected;

        if (mdLevel == 0 && TryIndent(line, out var mark, out var indentText))
            return new Block { Type = BlockType.Indent, StartLine = lineNo, EndLine = lineNo, Text = indentText, IndentMark = mark, AfterBlank = afterBlank };

        if (mdLevel == 0 && TryLabel(line, folded, out var label, out var rest))
        {
            string? continuation = null, itemHeading = null;
            if (sections && label!.Form == '(' && label.Written.Length < line.Length && line[label.Written.Length] == '(')
            {
                continuation = rest; // "(a)(1) The Director …": (a) holds no words of its own, (1) is its first child
                rest = "";
            }
            else if (sections) (itemHeading, rest) = SplitRunInHeading(rest);
            return new Block
            {
                Type = BlockType.Item, StartLine = lineNo, EndLine = lineNo, Text = rest, Label = label, AfterBlank = afterBlank,
                Continuation = continuation, ItemHeading = itemHeading,
            };
        }

        return new Block { Type = BlockType.Text, StartLine = lineNo, EndLine = lineNo, Text = line, MarkdownLevel = mdLevel, AfterBlank = afterBlank, NearMiss = nearMiss };
    }

    /// <summary>Keeps the original characters of the heading and body (the match was read on the folded line; positions agree).</summary>
    private static HeadingMatch Unfold(HeadingMatch m, string line, string folded)
    {
        if (ReferenceEquals(line, folded) || line == folded) return m;
        static string? Back(string? part, string line) => part is null ? null : line[(line.Length - part.Length)..];
        return m with { Heading = m.Body is null ? Back(m.Heading, line) : m.Heading, Body = Back(m.Body, line) };
    }

    /// <summary>"In General.—The head of each agency shall—" → ("In General", "The head of each agency shall—").</summary>
    private static (string? Heading, string Text) SplitRunInHeading(string rest)
    {
        int stop = rest.IndexOf(".—", StringComparison.Ordinal);
        if (stop <= 0 || stop > 120 || !char.IsUpper(rest[0])) return (null, rest);
        var heading = rest[..stop];
        if (heading.Contains(". ", StringComparison.Ordinal)) return (null, rest);
        return (heading, rest[(stop + 2)..].TrimStart());
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
        // "CHAPTER 35—COORDINATION …", "Part A—General": the number runs into its heading through a dash
        int dash = token.AsSpan().IndexOfAny('—', '–');
        if (dash > 0)
        {
            numEnd = numStart + dash;
            token = token[..dash];
        }
        token = HeadingMarkers.SplitTokenMarker(token, out var tokenMarker);
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
        if (!TryHeadingNumber(token, kind, out var ordinal, out var value, out var insertion))
        {
            if (token.Length > 0 && char.IsAsciiDigit(token[0]))
                Rejected = $"\"{line[..Math.Min(line.Length, numStart + token.Length)]}\": the number \"{token}\" is not one a heading has";
            return false;
        }
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

        var notes = ImmutableArray.CreateBuilder<string>();
        bool repealed = false;
        if (tokenMarker is not null) notes.Add(tokenMarker);
        var rest = HeadingMarkers.TakeLeadingMarkers(folded[pos..].Trim(), notes, ref repealed);
        string? heading = null;
        if (rest.Length > 0)
        {
            var sep = HeadingSeparators.FirstOrDefault(s => rest.StartsWith(s, StringComparison.Ordinal));
            if (sep is not null) heading = rest[sep.Length..].Trim();
            else if (trailingSeparator || HeadingMarkers.IsRepeal(rest)) heading = rest;
            else if (kind != ProvisionKind.Article && IsAllUpper(rest)) heading = rest;
            else
            {
                if (notes.Count == 0) Rejected = $"\"{line[..writtenEnd]}\" goes on as a sentence";
                return false; // "Article 5 of Directive ..." is a sentence, not a heading
            }
            // keep the original (unfolded) characters of the heading
            heading = line[(line.Length - heading.Length)..].Trim();
            if (heading.Length == 0) heading = null;
            else if (HeadingMarkers.IsRepeal(heading))
            {
                // "Article 6. Repealed.", "Статья 9. Утратила силу.": a repealed unit, its words a note
                repealed = true;
                notes.Add(heading);
                heading = null;
            }
        }

        var written = line[..writtenEnd];
        match = new HeadingMatch(kind, written, value, ordinal, heading) { Notes = notes.ToImmutable(), IsRepealed = repealed };
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
        if (token.Length is >= 2 and <= 6 && char.IsAsciiLetterUpper(token[^1]) && token.AsSpan(0, token.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // "Article 5A", "Section 12B": an inserted number with a capital letter
            ordinal = int.Parse(token.AsSpan(0, token.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture);
            insertion = token[^1] - 'A' + 1;
            value = token;
            return true;
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
            if (token.Contains('.') && TryDecimalLabel(token, folded, close, line, out label, out rest)) return true;
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
        // Chinese runs on without a space: "（一）确立…"; "(a)(1)" joins two labels in section reading
        if (after < folded.Length && !char.IsWhiteSpace(folded[after]) && profile.Script != Script.Han
            && !(sections && form == '(' && folded[after] == '(')) return false;
        if (token.Any(char.IsWhiteSpace)) return false;

        var candidates = new List<(INumberingScheme, SchemeNumber)>();
        // "(aa)", "(bb)": the items of the United States Code, a list of their own below "(I)"
        if (sections && form == '(' && LetterScheme.LatinDoubled.TryParse(token, out var doubled)) candidates.Add((LetterScheme.LatinDoubled, doubled));
        foreach (var scheme in profile.ItemSchemes)
            if (scheme.TryParse(token, out var n)) candidates.Add((scheme, n));
        if (candidates.Count == 0) return false;
        // "A." or "I." starting a sentence is a label only when something follows
        rest = line[after..].Trim();
        label = new ItemLabel(line[..after], token, form, candidates);
        return true;
    }

    /// <summary>
    /// "(1.1)", "(a.01)", "(d.21)": a number inserted after "(1)" or "(a)" (Canadian drafting). The part after the dot is a
    /// decimal fraction, so (a) &lt; (a.01) &lt; (a.1) &lt; (a.2) &lt; (a.21) &lt; (b).
    /// </summary>
    private bool TryDecimalLabel(string token, string folded, int close, string line, out ItemLabel? label, out string rest)
    {
        label = null; rest = "";
        int dot = token.IndexOf('.');
        var fraction = token.AsSpan(dot + 1);
        if (dot == 0 || fraction.Length is 0 or > 3 || fraction.IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        if (close + 1 < folded.Length && !char.IsWhiteSpace(folded[close + 1])) return false;
        int scaled = int.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture);
        for (int k = fraction.Length; k < 3; k++) scaled *= 10;
        var candidates = new List<(INumberingScheme, SchemeNumber)>();
        foreach (var scheme in profile.ItemSchemes)
            if (scheme.TryParse(token[..dot], out var n) && n.Insertion == 0)
                candidates.Add((scheme, new SchemeNumber(n.Ordinal, scaled, n.Value + "." + fraction.ToString())));
        if (candidates.Count == 0) return false;
        rest = line[(close + 1)..].Trim();
        label = new ItemLabel(line[..(close + 1)], token, '(', candidates);
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
