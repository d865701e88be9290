namespace ModelLaw.Coverage.Text;

/// <summary>
/// A compiled indicator or marker phrase: its content words (function words dropped), each matched by stem, or by folded prefix
/// when written with a trailing *. Consecutive words may be separated by up to <c>maxGap</c> other content words.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly (string Text, bool Prefix)[] _elements;

    private PhrasePattern(string phrase, (string, bool)[] elements)
    {
        Phrase = phrase;
        _elements = elements;
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
        int i = 0;
        while (i < phrase.Length)
        {
            if (!Tokenizer.IsWordChar(phrase[i])) { i++; continue; }
            int start = i;
            i = Tokenizer.WordEnd(phrase, i);
            var folded = TextNormalizer.Fold(phrase[start..i]);
            bool prefix = i < phrase.Length && phrase[i] == '*';
            var element = prefix ? (folded, true) : (rules.Stemmer.Stem(folded), false);
            all.Add(element);
            if (prefix || !rules.StopWords.Contains(folded)) elements.Add(element);
        }
        // a phrase made only of function words keeps them
        return new PhrasePattern(phrase, (elements.Count > 0 ? elements : all).ToArray());
    }

    /// <summary>
    /// Finds the matches in the content tokens of a sentence (<paramref name="content"/> holds indexes into <paramref name="tokens"/>).
    /// Returns the first and last token index of each non-overlapping match.
    /// </summary>
    public List<(int First, int Last)> Match(List<Token> tokens, List<int> content, int maxGap)
    {
        var result = new List<(int, int)>();
        if (_elements.Length == 0) return result;
        int c = 0;
        while (c < content.Count)
        {
            if (!Matches(tokens[content[c]], _elements[0])) { c++; continue; }
            int last = c;
            bool ok = true;
            for (int e = 1; e < _elements.Length && ok; e++)
            {
                ok = false;
                for (int n = last + 1; n < content.Count && n <= last + 1 + maxGap; n++)
                {
                    if (tokens[content[n]].ClauseBreakBefore && n > last + 1) break;
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

    private static bool Matches(Token t, (string Text, bool Prefix) e) =>
        e.Prefix ? t.Folded.StartsWith(e.Text, StringComparison.Ordinal) : t.Stem == e.Text;
}
