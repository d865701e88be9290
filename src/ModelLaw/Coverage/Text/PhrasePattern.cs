namespace ModelLaw.Coverage.Text;

/// <summary>
/// A compiled indicator or marker phrase: its content words (function words dropped), each matched by stem, or by folded prefix
/// when written with a trailing *. Consecutive words may be separated by up to <c>maxGap</c> other content words.
/// A phrase written with a function word after a content word ("rule of law", "État de droit", "данные для обучения", "verified by")
/// is a fixed expression: the function word must be there, right next to its neighbours, so "[État] au titre du droit",
/// "prévues par la présente loi", "данных или обучения" or "verified and" do not match it.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly (string Text, bool Prefix)[] _elements;
    // per element: a Han character written right after the previous one in the phrase (same word: no gap allowed)
    private readonly bool[] _joined;
    private readonly int _extraGap;
    // a fixed expression: every word, function words included, with whether each is a function word; null otherwise
    private readonly (string Text, bool Prefix, bool Stop)[]? _fixed;

    private PhrasePattern(string phrase, (string, bool)[] elements, bool[] joined, (string, bool, bool)[]? fixedWords, int extraGap)
    {
        _extraGap = extraGap;
        Phrase = phrase;
        _elements = elements;
        _joined = joined;
        _fixed = fixedWords;
    }

    /// <summary>The phrase as written in the catalogue.</summary>
    public string Phrase { get; }

    /// <summary>True when the phrase has no content word (it can never match).</summary>
    public bool IsEmpty => _elements.Length == 0;

    /// <summary>Compiles a phrase with the rules of a language.</summary>
    public static PhrasePattern Compile(string phrase, LanguageRules rules)
    {
        var elements = new List<(string, bool)>();
        var all = new List<(string, bool)>();
        var words = new List<(string, bool, bool)>();
        var joined = new List<bool>();
        var allJoined = new List<bool>();
        int i = 0, previousEnd = -1;
        while (i < phrase.Length)
        {
            if (!Tokenizer.IsWordChar(phrase[i])) { i++; continue; }
            int start = i;
            bool join = start == previousEnd && Tokenizer.IsHan(phrase[start]);
            i = Tokenizer.WordEnd(phrase, i);
            var folded = TextNormalizer.Fold(phrase[start..i]);
            bool prefix = i < phrase.Length && phrase[i] == '*';
            previousEnd = i;
            var element = prefix ? (folded, true) : (rules.Stemmer.Stem(folded), false);
            all.Add(element);
            allJoined.Add(join);
            bool stop = !prefix && rules.StopWords.Contains(folded);
            if (!stop) { elements.Add(element); joined.Add(join); }
            words.Add((element.Item1, element.Item2, stop));
        }
        // a phrase made only of function words keeps them
        if (elements.Count == 0) return new PhrasePattern(phrase, all.ToArray(), allJoined.ToArray(), null, rules.ExtraGap);
        // leading function words are dropped ("in accordance with"); one left after a content word makes the phrase a fixed
        // expression, a trailing one included ("verified by", "informé que")
        int firstContent = words.FindIndex(w => !w.Item3);
        var inner = words.GetRange(firstContent, words.Count - firstContent);
        return new PhrasePattern(phrase, elements.ToArray(), joined.ToArray(), inner.Any(w => w.Item3) ? inner.ToArray() : null, rules.ExtraGap);
    }

    /// <summary>
    /// Finds the matches in the content tokens of a sentence (<paramref name="content"/> holds indexes into <paramref name="tokens"/>).
    /// Returns the first and last token index of each non-overlapping match.
    /// </summary>
    public List<(int First, int Last)> Match(List<Token> tokens, List<int> content, int maxGap)
    {
        var result = new List<(int, int)>();
        if (_elements.Length == 0) return result;
        if (_fixed is not null) return MatchFixed(tokens, maxGap, result);
        int c = 0;
        while (c < content.Count)
        {
            if (!Matches(tokens[content[c]], _elements[0])) { c++; continue; }
            int last = c;
            bool ok = true;
            for (int e = 1; e < _elements.Length && ok; e++)
            {
                ok = false;
                // Chinese is written without spaces, one token a character: the characters of a word stand side by side, and
                // the words of a phrase written apart ("自然人 监督") may be a few characters apart within the clause
                bool han = IsHan(_elements[e].Text), joined = han && _joined[e];
                int gap = joined ? 0 : han ? HanWordGap : maxGap + _extraGap;
                for (int n = last + 1; n < content.Count && n <= last + 1 + gap; n++)
                {
                    if (tokens[content[n]].ClauseBreakBefore && (n > last + 1 || han)) break;
                    if (n == last + 1 && DisjunctionBetween(tokens, content[last], content[n])) break;
                    if (joined && tokens[content[n]].Start != tokens[content[last]].Start + tokens[content[last]].Length) break;
                    if (Matches(tokens[content[n]], _elements[e])) { last = n; ok = true; break; }
                }
            }
            if (ok)
            {
                result.Add((content[c], content[last]));
                c = last + 1;
            }
            else c++;
        }
        return result;
    }

    // a fixed expression: a function word stands right next to its neighbours; two content words keep the usual gap
    private List<(int First, int Last)> MatchFixed(List<Token> tokens, int maxGap, List<(int, int)> result)
    {
        var words = _fixed!;
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].IsStop || !Matches(tokens[i], (words[0].Text, words[0].Prefix))) { i++; continue; }
            int last = i;
            bool ok = true;
            for (int e = 1; e < words.Length && ok; e++)
            {
                ok = false;
                var word = (words[e].Text, words[e].Prefix);
                if (words[e].Stop || words[e - 1].Stop)
                {
                    int n = last + 1;
                    if (n < tokens.Count && !tokens[n].ClauseBreakBefore && Matches(tokens[n], word)) { last = n; ok = true; }
                    continue;
                }
                int skipped = 0;
                for (int n = last + 1; n < tokens.Count; n++)
                {
                    if (tokens[n].ClauseBreakBefore) break;
                    if (!tokens[n].IsStop && Matches(tokens[n], word)) { last = n; ok = true; break; }
                    if (!tokens[n].IsStop && ++skipped > maxGap) break;
                }
            }
            if (ok)
            {
                result.Add((i, last));
                i = last + 1;
            }
            else i++;
        }
        return result;
    }

    private static bool DisjunctionBetween(List<Token> tokens, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (tokens[k].IsDisjunction) return true;
        return false;
    }

    /// <summary>Most characters between two words of a Chinese phrase ("受到自然人的有效监督" for "自然人 监督").</summary>
    public const int HanWordGap = 5;

    private static bool IsHan(string element) => element.Length == 1 && Tokenizer.IsHan(element[0]);

    private static bool Matches(Token t, (string Text, bool Prefix) e) =>
        e.Prefix
            ? t.Folded.StartsWith(e.Text, StringComparison.Ordinal) || (t.Bare?.StartsWith(e.Text, StringComparison.Ordinal) ?? false)
              || (t.AltBare?.StartsWith(e.Text, StringComparison.Ordinal) ?? false)
            : t.Stem == e.Text || t.AltStem == e.Text;
}
