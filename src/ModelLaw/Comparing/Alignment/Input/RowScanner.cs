using System.Collections.Frozen;
using ModelLaw.Text;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// Reads, from the tokens and terms the analysis already made of a row's text, the articles it cites ("Article 7(2)",
/// "l'article 10", "статьи 7", "المادة 2", "第十条") and the term it defines ("« drone » : ..."). References to other
/// acts ("Article 3 of Directive 2003/71/EC") are left out. Stateless.
/// </summary>
internal static class RowScanner
{
    private static readonly FrozenSet<string> ArticleWords = new[]
    {
        "article", "articles", "art", "artikel", "articulo", "articulos", "статья", "статьи", "статье", "статью", "статьей",
        "статьям", "статьями", "статей", "ماده", "مواد",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OtherActs = new[]
    {
        "directive", "directives", "regulation", "regulations", "reglement", "decision", "treaty", "traite", "tfeu", "tfue",
        "code", "convention", "charter", "charte", "reglamento", "directiva",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ThisAct = new[] { "this", "present", "presente", "ce", "cette", "настоящего", "настоящей" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Number keys of the articles of the same text that <paramref name="text"/> cites, in order, without repeats.</summary>
    public static string[] Citations(ReadOnlySpan<char> text, List<Token> tokens, TermTable terms, List<int> termIds, List<int> termStarts)
    {
        List<string>? found = null;
        int t = 0; // index into the terms, kept in step with the tokens
        for (int i = 0; i < tokens.Count; i++)
        {
            var tok = tokens[i];
            while (t < termStarts.Count && termStarts[t] < tok.Start) t++;
            if (tok.Kind == TokenKind.Han && text[tok.Start] == '第') { Han(text, tok.End, ref found); continue; }
            if (tok.Kind != TokenKind.Word || t >= termIds.Count || termStarts[t] != tok.Start || !ArticleWords.Contains(terms[termIds[t]])) continue;
            int j = i + 1;
            while (j < tokens.Count && tokens[j].IsSpace) j++;
            if (j >= tokens.Count || tokens[j].Kind is not (TokenKind.Number or TokenKind.Reference)) continue;
            if (RefersToOtherAct(tokens, j, terms, termIds, termStarts)) continue;
            var key = NumberKeys.Of(LeadingNumber(text.Slice(tokens[j].Start, tokens[j].Length)));
            if (key.Length > 0 && !(found ??= new()).Contains(key)) found.Add(key);
        }
        return found?.ToArray() ?? [];
    }

    /// <summary>The number of "7(2)(a)" or "10a" without its subdivisions.</summary>
    private static ReadOnlySpan<char> LeadingNumber(ReadOnlySpan<char> s)
    {
        int k = 0;
        while (k < s.Length && char.IsLetterOrDigit(s[k])) k++;
        return s[..k];
    }

    /// <summary>True when one of the few words after the number names another act ("of Directive 2003/71/EC"), not this one.</summary>
    private static bool RefersToOtherAct(List<Token> tokens, int from, TermTable terms, List<int> termIds, List<int> termStarts)
    {
        int t = termStarts.BinarySearch(tokens[from].Start);
        if (t < 0) t = ~t;
        for (int seen = 0; t < termIds.Count && seen < 6; t++, seen++)
        {
            var w = terms[termIds[t]];
            if (ThisAct.Contains(w)) return false;
            if (OtherActs.Contains(w)) return true;
        }
        return false;
    }

    private static void Han(ReadOnlySpan<char> text, int from, ref List<string>? found)
    {
        int k = from;
        while (k < text.Length && ChineseNumerals.IsNumeral(text[k])) k++;
        if (k == from || k >= text.Length || text[k] != '条') return;
        if (!ChineseNumerals.TryParse(text[from..k].ToString(), out var n)) return;
        var key = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!(found ??= new()).Contains(key)) found.Add(key);
    }

    /// <summary>
    /// The term a definition defines: the term ids of the words inside the first quotation marks near its start, and
    /// where those words stand in the text (start, length); no terms when there is none.
    /// </summary>
    public static (int[] Terms, int Start, int Length) DefinedTerm(ReadOnlySpan<char> text, List<Token> tokens, List<int> termIds, List<int> termStarts)
    {
        int textTokens = 0;
        for (int i = 0; i < tokens.Count && textTokens <= 3; i++)
        {
            var tok = tokens[i];
            if (tok.IsText) { textTokens++; continue; }
            if (tok.Kind != TokenKind.Mark || !IsOpeningQuote(text[tok.Start])) continue;
            for (int j = i + 1; j < tokens.Count && j <= i + 24; j++)
            {
                if (tokens[j].Kind != TokenKind.Mark || !IsClosingQuote(text[tokens[j].Start])) continue;
                int a = termStarts.BinarySearch(tok.End), b = termStarts.BinarySearch(tokens[j].Start);
                if (a < 0) a = ~a;
                if (b < 0) b = ~b;
                return b > a ? (termIds.GetRange(a, b - a).ToArray(), tok.End, tokens[j].Start - tok.End) : ([], 0, 0);
            }
            return ([], 0, 0);
        }
        return ([], 0, 0);
    }

    private static bool IsOpeningQuote(char c) => c is '«' or '"' or '“' or '‘' or '\'' or '„' or '「';
    private static bool IsClosingQuote(char c) => c is '»' or '"' or '”' or '’' or '\'' or '“' or '」';
}
