using System.Collections.Immutable;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Word-level diff of two provision texts: Equal / Delete / Insert runs that keep the original spacing, with white
/// space between two changes folded into them. The texts are cut into spans, each
/// word or mark gets an integer id, and <see cref="MyersDiff"/> runs on the ids (white space is put back from the
/// texts afterwards). The tokens are those of the library's one tokenizer (<see cref="LegalTokenizer"/>). Numbers and references ("2016", "5(2)(a)") are single tokens and change whole ("for '36'
/// substitute '37'"), as in Word's and LibreOffice's word-level compare. <see cref="DiffOptions"/> say what does not
/// count as a change (case, punctuation, placeholder brackets). Stateless and thread-safe.
/// </summary>
public sealed class WordDiffer
{
    /// <summary>Default of <see cref="CompareOptions.MaxWordDiffCells"/>: 100 million (two unrelated texts of 5,000 words each).</summary>
    public const long DefaultMaxWordDiffCells = 100_000_000;

    /// <summary>The shared instance.</summary>
    public static WordDiffer Instance { get; } = new();

    /// <summary>
    /// Diffs <paramref name="oldText"/> (model) into <paramref name="newText"/> (national). The cost of a diff grows with
    /// the length of the texts times the length of the changed stretch, so when that product (in words; the words common
    /// to both ends do not count as changed) exceeds <paramref name="maxWordDiffCells"/> the pair is diffed sentence by sentence instead,
    /// and when even the sentences exceed it, as one replacement; <see cref="TextDiff.Granularity"/> says which. The budget
    /// counts work rather than time so that the same texts always give the same diff.
    /// </summary>
    public TextDiff Diff(string? oldText, string? newText, long maxWordDiffCells = DefaultMaxWordDiffCells, DiffOptions? options = null)
    {
        oldText ??= "";
        newText ??= "";
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
            return oldText.Length == 0 ? TextDiff.Empty : new TextDiff([new DiffRun(DiffOperation.Equal, oldText)]);
        if (oldText.Length == 0) return new TextDiff([new DiffRun(DiffOperation.Insert, newText)]);
        if (newText.Length == 0) return new TextDiff([new DiffRun(DiffOperation.Delete, oldText)]);
        var o = options ?? DiffOptions.Default;

        // text common to both ends is set aside before any token is made (most pairs change a few words); only when the
        // budget holds whatever the count of words, so that the budget's fallbacks stay those of the whole texts
        long chars = oldText.Length + newText.Length;
        if (chars * chars <= maxWordDiffCells && CommonEnds(oldText, newText) is var (pre, suf) && pre + suf > 0)
        {
            var inner = Diff(oldText[pre..^suf], newText[pre..^suf], maxWordDiffCells, o);
            var runs = new DiffRunBuilder();
            runs.Add(DiffOperation.Equal, oldText[..pre]);
            foreach (var r in inner.Runs) runs.Add(r.Operation, r.Text, r.ModelText);
            runs.Add(DiffOperation.Equal, oldText[^suf..]);
            return new TextDiff(runs.Folded().ToImmutableArray()) { Granularity = inner.Granularity };
        }

        var ta = new List<Token>(oldText.Length / 4 + 1);
        var tb = new List<Token>(newText.Length / 4 + 1);
        LegalTokenizer.Tokenize(oldText, ta);
        LegalTokenizer.Tokenize(newText, tb);
        var keys = new TokenKeys(o.IgnoreCase);
        var (sa, ia) = Significant(oldText, ta, o, keys);
        var (sb, ib) = Significant(newText, tb, o, keys);
        if (ChangedCells(ia, ib) <= maxWordDiffCells)
            return new TextDiff(Script(oldText, ta, sa, ia, newText, tb, sb, ib, o.IgnoresAnything).ToImmutableArray());

        ta = SentenceTokens(oldText);
        tb = SentenceTokens(newText);
        var sentences = new TokenKeys(ignoreCase: false);
        (sa, ia) = Significant(oldText, ta, DiffOptions.Default, sentences);
        (sb, ib) = Significant(newText, tb, DiffOptions.Default, sentences);
        if (ChangedCells(ia, ib) <= maxWordDiffCells)
            return new TextDiff(Script(oldText, ta, sa, ia, newText, tb, sb, ib, ignoring: false).ToImmutableArray()) { Granularity = DiffGranularity.Sentence };

        var whole = new DiffRunBuilder();
        whole.Gap(oldText, newText, changed: true, ignoring: false);
        return new TextDiff(whole.Runs.ToImmutableArray()) { Granularity = DiffGranularity.Whole };
    }

    /// <summary>
    /// The lengths of the text common to the start and to the end of both texts, each cut at a token boundary (after
    /// white space at the start, before white space at the end), never overlapping.
    /// </summary>
    private static (int Prefix, int Suffix) CommonEnds(string a, string b)
    {
        int max = Math.Min(a.Length, b.Length);
        int pre = a.AsSpan(0, max).CommonPrefixLength(b.AsSpan(0, max));
        while (pre > 0 && !(char.IsWhiteSpace(a[pre - 1]) && (pre == a.Length || !char.IsWhiteSpace(a[pre])) && (pre == b.Length || !char.IsWhiteSpace(b[pre])))) pre--;
        int room = max - pre;
        int suf = 0;
        while (suf < room && a[a.Length - 1 - suf] == b[b.Length - 1 - suf]) suf++;
        while (suf > 0 && !(char.IsWhiteSpace(a[^suf]) && (suf == a.Length - pre || !char.IsWhiteSpace(a[^(suf + 1)])) && (suf == b.Length - pre || !char.IsWhiteSpace(b[^(suf + 1)])))) suf--;
        return (pre, suf);
    }

    /// <summary>The tokens that take part in the diff (not white space, not ignored marks) and their ids.</summary>
    private static (int[] Index, int[] Id) Significant(string text, List<Token> tokens, DiffOptions o, TokenKeys keys)
    {
        var index = new List<int>(tokens.Count / 2 + 1);
        for (int i = 0; i < tokens.Count; i++)
            if (!Ignored(text, tokens[i], o)) index.Add(i);
        var ids = new int[index.Count];
        for (int k = 0; k < ids.Length; k++)
        {
            var t = tokens[index[k]];
            ids[k] = keys.Id(text.AsSpan(t.Start, t.Length));
        }
        return (index.ToArray(), ids);
    }

    private static bool Ignored(string text, Token t, DiffOptions o) => t.Kind switch
    {
        TokenKind.Space or TokenKind.GlueSpace => true,
        TokenKind.Mark when o.IgnorePunctuation => true,
        TokenKind.Mark when o.IgnorePlaceholderBrackets => text[t.Start] is '[' or ']',
        _ => false,
    };

    /// <summary>
    /// Bound of the work of an O((N+M)·D) diff: all significant tokens of both sides times the tokens left once those
    /// common to both ends are set aside (the edit distance D is at most that).
    /// </summary>
    private static long ChangedCells(int[] a, int[] b)
    {
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
        int suf = 0;
        while (suf < a.Length - pre && suf < b.Length - pre && a[^(suf + 1)] == b[^(suf + 1)]) suf++;
        return (long)(a.Length + b.Length) * (a.Length + b.Length - 2 * (pre + suf));
    }

    /// <summary>The edit script on the significant tokens, with the text between them put back from both texts.</summary>
    private static List<DiffRun> Script(string oldText, List<Token> ta, int[] sa, int[] ia,
        string newText, List<Token> tb, int[] sb, int[] ib, bool ignoring)
    {
        var deleted = new bool[ia.Length];
        var inserted = new bool[ib.Length];
        MyersDiff.Mark(ia, ib, deleted, inserted);
        var runs = new DiffRunBuilder();
        int pa = 0, pb = 0;          // next character of each text not yet emitted
        int i = 0, j = 0;
        bool changed = false;        // a deleted or inserted token lies in the current gap
        int equalOld = -1, equalNew = -1;  // start of the stretch of identical text not yet emitted (one run, not one per token)
        while (i < ia.Length || j < ib.Length)
        {
            if (i < ia.Length && j < ib.Length && !deleted[i] && !inserted[j])
            {
                var a = ta[sa[i]];
                var b = tb[sb[j]];
                bool sameGap = !changed && oldText.AsSpan(pa, a.Start - pa).SequenceEqual(newText.AsSpan(pb, b.Start - pb));
                bool sameToken = oldText.AsSpan(a.Start, a.Length).SequenceEqual(newText.AsSpan(b.Start, b.Length));
                if (!(equalOld >= 0 && sameGap && sameToken))
                {
                    if (equalOld >= 0) runs.Add(DiffOperation.Equal, newText[equalNew..pb], oldText[equalOld..pa]);
                    runs.Gap(oldText[pa..a.Start], newText[pb..b.Start], changed, ignoring);
                    if (sameToken) (equalOld, equalNew) = (a.Start, b.Start);
                    else
                    {
                        runs.Add(DiffOperation.Equal, newText.Substring(b.Start, b.Length), oldText.Substring(a.Start, a.Length));
                        (equalOld, equalNew) = (-1, -1);
                    }
                }
                pa = a.Start + a.Length;
                pb = b.Start + b.Length;
                i++; j++;
                changed = false;
                continue;
            }
            int i0 = i, j0 = j;
            while (i < ia.Length && deleted[i]) i++;
            while (j < ib.Length && inserted[j]) j++;
            if (i == i0 && j == j0) break; // cannot happen with a correct script; never loop
            changed = true;
        }
        if (equalOld >= 0) runs.Add(DiffOperation.Equal, newText[equalNew..pb], oldText[equalOld..pa]);
        runs.Gap(oldText[pa..], newText[pb..], changed, ignoring);
        return runs.Folded();
    }

    /// <summary>
    /// Sentence tokens for the coarse fallback: each sentence (up to and including . ; : ! ? or a line end) is one token,
    /// the white space after it another, so that the word-level machinery works unchanged on sentences.
    /// </summary>
    private static List<Token> SentenceTokens(string text)
    {
        var tokens = new List<Token>();
        int start = 0, i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool end = c is '.' or ';' or ':' or '!' or '?' or '。' or '；' or '\n';
            i++;
            if (!end || (i < text.Length && !char.IsWhiteSpace(text[i]) && c != '\n')) continue;
            int ws = i;
            while (ws < text.Length && char.IsWhiteSpace(text[ws])) ws++;
            if (text.AsSpan(start, i - start).IsWhiteSpace()) { tokens.Add(new Token(start, ws - start, TokenKind.Space)); start = i = ws; continue; }
            tokens.Add(new Token(start, i - start, TokenKind.Word));
            if (ws > i) tokens.Add(new Token(i, ws - i, TokenKind.Space));
            start = i = ws;
        }
        if (start < text.Length) tokens.Add(new Token(start, text.Length - start, TokenKind.Word));
        return tokens;
    }

    /// <summary>Dense integer ids for token texts, shared by both sides of one diff; looked up by span, no string per token.</summary>
    private sealed class TokenKeys
    {
        private readonly Dictionary<string, int> _ids;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public TokenKeys(bool ignoreCase)
        {
            _ids = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int Id(ReadOnlySpan<char> token)
        {
            if (_lookup.TryGetValue(token, out var id)) return id;
            id = _ids.Count;
            _lookup[token] = id;
            return id;
        }
    }
}
