using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ModelLaw.Reading.PlainText;
using ModelLaw.Reading.PlainText.Numbering;
using ModelLaw.Documents;

namespace ModelLaw.Reading.Citations;

/// <summary>
/// Reads human citations in any language it has profiles for: "Article 4(1)(7)", "Article 2(1)(a)", "Annex II, Section A",
/// "Article 17(1), first subparagraph, point (b)", "Article 4, paragraphe 1, point 7)", "Article 1er, paragraphe 5, premier alinéa",
/// "Article 10 bis, paragraphe 2", "Статья 5, часть 2, пункт 1", "paragraph (a) of subsection (1) of section 3".
/// "and"/"to" give several paths.
/// Immutable and thread-safe.
/// </summary>
public sealed class CitationParser
{
    private enum TokenType { Word, Number, Paren, Half }

    private readonly record struct Token(TokenType Type, string Text);

    private readonly ImmutableArray<LanguageProfile> _profiles;
    private readonly Dictionary<string, ProvisionKind> _headings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _ordinalWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _insertions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _citationOrdinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _paragraph = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _point = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _subparagraph = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sentence = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _and = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _to = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a parser over the vocabularies of the given language profiles.</summary>
    public CitationParser(IEnumerable<LanguageProfile> profiles)
    {
        _profiles = profiles.ToImmutableArray();
        foreach (var p in _profiles)
        {
            foreach (var (k, v) in p.HeadingKeywords) _headings.TryAdd(k, v);
            // "section 3(1)(a)", "§ 1501(a)", "Sec. 2": the tokens drop a keyword's final dot
            foreach (var k in p.SectionKeywords) _headings.TryAdd(k.TrimEnd('.'), ProvisionKind.Section);
            foreach (var (k, v) in p.OrdinalWords) _ordinalWords.TryAdd(k, v);
            foreach (var (k, v) in p.InsertionWords) _insertions.TryAdd(k, v);
            foreach (var (k, v) in p.CitationOrdinals) _citationOrdinals.TryAdd(k, v);
            var c = p.Citations;
            _paragraph.UnionWith(c.Paragraph);
            _point.UnionWith(c.Point);
            _subparagraph.UnionWith(c.Subparagraph);
            _sentence.UnionWith(c.Sentence);
            _and.UnionWith(c.And);
            _to.UnionWith(c.To);
        }
    }

    /// <summary>A parser over the built-in profiles (English, French, Russian).</summary>
    public static CitationParser Default { get; } = new(BuiltInLanguages.All);

    /// <summary>Reads a citation into one path (the first when it names several); null when it names no provision.</summary>
    public CitationPath? Parse(string citation) => ParseAll(citation).FirstOrDefault();

    /// <summary>Reads a citation into every path it names ("Article 6(1) and (2)" → two paths).</summary>
    public IReadOnlyList<CitationPath> ParseAll(string citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var tokens = FromLargestUnit(Tokenise(citation));
        var paths = new List<List<CitationStep>>();
        var current = new List<CitationStep>();
        ProvisionKind? hint = null;
        var pendingOrdinals = new List<int>();
        bool pendingRange = false, pendingAnd = false;

        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool citationWord = current.Count > 0 && (_paragraph.Contains(t.Text) || _point.Contains(t.Text) || _subparagraph.Contains(t.Text));
            if (t.Type == TokenType.Word && !citationWord && _headings.TryGetValue(t.Text, out var headingKind) && i + 1 < tokens.Count)
            {
                var numTok = tokens[i + 1];
                if (TryHeadingValue(numTok.Text, headingKind, out var value))
                {
                    i++;
                    if (i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Word && _insertions.TryGetValue(tokens[i + 1].Text, out var ins)
                        && value.All(char.IsDigit))
                    {
                        value += (char)('a' + ins - 1);
                        i++;
                    }
                    if (headingKind is ProvisionKind.Article or ProvisionKind.Annex && current.Count > 0)
                    {
                        // a second article in one citation ("Article 5 and Article 6")
                        paths.Add(current);
                        current = new List<CitationStep>();
                    }
                    current.Add(new CitationStep(CitationStepKind.Heading, headingKind, value));
                    hint = null;
                    pendingAnd = false;
                    continue;
                }
            }

            switch (t.Type)
            {
                case TokenType.Paren or TokenType.Half or TokenType.Number:
                {
                    if (current.Count == 0) break;
                    var value = NormaliseValue(t.Text);
                    if (t.Type == TokenType.Number && i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Word
                        && _insertions.TryGetValue(tokens[i + 1].Text, out var ins2))
                    {
                        value += (char)('a' + ins2 - 1);
                        i++;
                    }
                    if (t.Type == TokenType.Number && hint is null && !pendingAnd && !pendingRange) break; // a stray number
                    var step = new CitationStep(CitationStepKind.Numbered, hint, value);
                    if (pendingAnd || pendingRange)
                    {
                        var prev = current[^1];
                        if (pendingRange && prev.Kind == CitationStepKind.Numbered && int.TryParse(prev.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var to) && to > from && to - from < 50)
                        {
                            for (int v = from + 1; v < to; v++) paths.Add(Replace(current, prev with { Value = v.ToString(CultureInfo.InvariantCulture) }));
                        }
                        paths.Add(current);
                        current = Replace(current, step with { ProvisionKind = prev.ProvisionKind });
                        pendingAnd = pendingRange = false;
                    }
                    else
                    {
                        current.Add(step);
                    }
                    break;
                }
                case TokenType.Word:
                {
                    var w = t.Text;
                    if (_paragraph.Contains(w)) { hint = ProvisionKind.Paragraph; break; }
                    if (_point.Contains(w)) { hint = ProvisionKind.Point; break; }
                    if (_and.Contains(w)) { if (pendingOrdinals.Count == 0) pendingAnd = true; break; }
                    if (_to.Contains(w)) { if (pendingOrdinals.Count == 0) pendingRange = true; else pendingOrdinals.Add(0); break; }
                    if (_citationOrdinals.TryGetValue(w, out var ord))
                    {
                        pendingOrdinals.Add(ord);
                        // "абзац второй": the noun came first
                        if (i > 0 && tokens[i - 1].Type == TokenType.Word && (_subparagraph.Contains(tokens[i - 1].Text) || _sentence.Contains(tokens[i - 1].Text)))
                            FlushOrdinals(paths, ref current, pendingOrdinals, _sentence.Contains(tokens[i - 1].Text));
                        break;
                    }
                    if (_subparagraph.Contains(w) || _sentence.Contains(w))
                    {
                        if (pendingOrdinals.Count > 0) FlushOrdinals(paths, ref current, pendingOrdinals, _sentence.Contains(w));
                        hint = null;
                        break;
                    }
                    break; // filler or unknown words are ignored
                }
            }
        }
        if (current.Count > 0) paths.Add(current);
        return paths.Where(p => p.Count > 0).Select(p => new CitationPath(citation, p.ToImmutableArray())).ToList();
    }

    /// <summary>
    /// "paragraph (a) of subsection (1) of section 3 of this Act": a citation written from its smallest unit up, as
    /// common-law texts cite, is read as "section 3, subsection (1), paragraph (a)". Only when it starts with a level word
    /// (paragraph, point, subparagraph), ends with a heading and a number ("section 3", "Article 5") and joins its parts
    /// with words of no meaning to the parser ("of"); any other citation is left as written.
    /// </summary>
    private List<Token> FromLargestUnit(List<Token> tokens)
    {
        if (tokens.Count < 4 || !IsLevelWord(tokens[0])) return tokens;
        var starts = new List<int> { 0 };
        bool heading = false;
        for (int i = 1; i < tokens.Count; i++)
        {
            if (heading || tokens[i].Type != TokenType.Word || !IsFiller(tokens[i - 1])) continue;
            if (IsLevelWord(tokens[i])) starts.Add(i);
            else if (i + 1 < tokens.Count && _headings.TryGetValue(tokens[i].Text, out var kind) && TryHeadingValue(tokens[i + 1].Text, kind, out _))
            {
                starts.Add(i);
                heading = true;
            }
        }
        if (!heading) return tokens;
        var reordered = new List<Token>(tokens.Count);
        for (int k = starts.Count - 1; k >= 0; k--)
            reordered.AddRange(tokens.Skip(starts[k]).Take((k + 1 < starts.Count ? starts[k + 1] : tokens.Count) - starts[k]));
        return reordered;
    }

    private bool IsLevelWord(Token t) =>
        t.Type == TokenType.Word && (_paragraph.Contains(t.Text) || _point.Contains(t.Text) || _subparagraph.Contains(t.Text));

    /// <summary>A word the parser reads past ("of", "the"): no level, heading, ordinal, "and" or "to".</summary>
    private bool IsFiller(Token t) =>
        t.Type == TokenType.Word && !IsLevelWord(t) && !_headings.ContainsKey(t.Text) && !_citationOrdinals.ContainsKey(t.Text)
        && !_and.Contains(t.Text) && !_to.Contains(t.Text) && !_sentence.Contains(t.Text);

    private static List<CitationStep> Replace(List<CitationStep> path, CitationStep last)
    {
        var copy = new List<CitationStep>(path);
        copy[^1] = last;
        return copy;
    }

    private static void FlushOrdinals(List<List<CitationStep>> paths, ref List<CitationStep> current, List<int> ordinals, bool sentence)
    {
        var kind = sentence ? CitationStepKind.Sentence : CitationStepKind.Subparagraph;
        // expand ranges: [2, 0, 5] means "second to fifth"
        var list = new List<int>();
        for (int k = 0; k < ordinals.Count; k++)
        {
            if (ordinals[k] == 0 && k > 0 && k + 1 < ordinals.Count)
            {
                for (int v = list[^1] + 1; v < ordinals[k + 1]; v++) list.Add(v);
                continue;
            }
            list.Add(ordinals[k]);
        }
        ordinals.Clear();
        var prefix = new List<CitationStep>(current);
        for (int k = 0; k < list.Count; k++)
        {
            var path = new List<CitationStep>(prefix) { new(kind, null, null, list[k]) };
            if (k < list.Count - 1) paths.Add(path);
            else current = path;
        }
    }

    private bool TryHeadingValue(string token, ProvisionKind kind, out string value)
    {
        value = "";
        var t = token.TrimEnd('.', ',');
        if (t.Length == 0) return false;
        if (_ordinalWords.TryGetValue(t, out var o)) { value = o.ToString(CultureInfo.InvariantCulture); return true; }
        if (DecimalScheme.Instance.TryParse(t.ToLowerInvariant(), out var d)) { value = d.Value; return true; }
        if (Numbers.TryDottedInsertion(t, out _, out _)) { value = t; return true; }
        if (t.Length == 1 && char.IsLetter(t[0]) && t != "I" && t != "i"
            && kind is not (ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Title or ProvisionKind.Part))
        {
            value = t.ToLowerInvariant(); return true;
        }
        if (RomanScheme.TryParseRoman(t, out var r)) { value = r.ToString(CultureInfo.InvariantCulture); return true; }
        if (t.Length == 1 && char.IsLetter(t[0])) { value = t.ToLowerInvariant(); return true; }
        return false;
    }

    private static string NormaliseValue(string token) => token.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static List<Token> Tokenise(string s)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '(')
            {
                int close = s.IndexOf(')', i + 1);
                if (close > i + 1)
                {
                    tokens.Add(new Token(TokenType.Paren, s[(i + 1)..close].Trim()));
                    i = close + 1;
                    continue;
                }
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c) || c == '§')
            {
                var sb = new StringBuilder();
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '-' or '\'' or '’' or '§'
                    || (s[i] == '.' && sb.Length > 0 && char.IsDigit(sb[^1]) && i + 1 < s.Length && char.IsDigit(s[i + 1]))))
                {
                    sb.Append(s[i]);
                    i++;
                }
                var word = sb.ToString().TrimEnd('-');
                if (i < s.Length && s[i] == ')')
                {
                    tokens.Add(new Token(TokenType.Half, word));
                    i++;
                    continue;
                }
                if (i < s.Length && s[i] == '.' && word.Length <= 2 && word.All(char.IsLetter)) { word += "."; i++; }
                tokens.Add(new Token(char.IsDigit(word[0]) ? TokenType.Number : TokenType.Word, word));
                continue;
            }
            i++;
        }
        return tokens;
    }
}
