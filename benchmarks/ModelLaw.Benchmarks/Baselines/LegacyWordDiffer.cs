using System.Collections.Immutable;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;

namespace ModelLaw.Benchmarks.Baselines;

/// <summary>
/// The word differ as it stood at 696383c (before #17 step 7), kept only as the baseline of <c>probe diff</c>: tokens
/// joined into one string and split again for DiffPlex, digits refined character by character.
/// Word-level diff of two provision texts on DiffPlex with the <see cref="LegalChunker"/>: Equal / Delete / Insert runs
/// that keep the original spacing, white space between two changes folded into them, and short replacements holding
/// a digit ("2006" → "2016", "10a" → "12") refined character by character. Stateless and thread-safe.
/// </summary>
internal sealed class LegacyWordDiffer
{
    private readonly IDiffer _differ;

    /// <summary>Creates the differ over DiffPlex's <see cref="Differ"/>.</summary>
    public LegacyWordDiffer() : this(Differ.Instance) { }

    /// <summary>Creates the differ over a given DiffPlex differ.</summary>
    public LegacyWordDiffer(IDiffer differ) => _differ = differ;


    /// <summary>
    /// Diffs <paramref name="oldText"/> (model) into <paramref name="newText"/> (national). The cost of a diff grows with
    /// the length of the texts times the length of the changed stretch, so when that product (in words; the words common
    /// to both ends do not count as changed) exceeds <paramref name="maxWordDiffCells"/> the pair is diffed sentence by sentence instead,
    /// and when even the sentences exceed it, as one replacement; <see cref="TextDiff.Granularity"/> says which. The budget
    /// counts work rather than time so that the same texts always give the same diff.
    /// </summary>
    public TextDiff Diff(string? oldText, string? newText, int charRefinementMaxLength = 16, long maxWordDiffCells = 100_000_000)
    {
        oldText ??= "";
        newText ??= "";
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
            return oldText.Length == 0 ? TextDiff.Empty : new TextDiff([new DiffRun(DiffOperation.Equal, oldText)]);
        if (oldText.Length == 0) return new TextDiff([new DiffRun(DiffOperation.Insert, newText)]);
        if (newText.Length == 0) return new TextDiff([new DiffRun(DiffOperation.Delete, oldText)]);

        // the edit script is computed on the words and marks only (white space would give the LCS cheap false anchors),
        // then the white space between them is put back from the texts
        var a = LegalChunker.Tokenize(oldText);
        var b = LegalChunker.Tokenize(newText);
        if (ChangedCells(a, b) <= maxWordDiffCells)
            return new TextDiff(Refine(Script(a, b), charRefinementMaxLength).ToImmutableArray());

        var sa = SentenceTokens(oldText);
        var sb = SentenceTokens(newText);
        if (ChangedCells(sa, sb) <= maxWordDiffCells)
            return new TextDiff(Script(sa, sb).ToImmutableArray()) { Granularity = DiffGranularity.Sentence };

        var whole = new List<DiffRun>();
        EmitGap(whole, [oldText], [newText], 0, 1, 0, 1);
        return new TextDiff(whole.ToImmutableArray()) { Granularity = DiffGranularity.Whole };
    }

    /// <summary>
    /// Bound of the work of an O((N+M)·D) diff: all non-space tokens of both sides times the tokens left once those common
    /// to both ends are set aside (the edit distance D is at most that).
    /// </summary>
    private static long ChangedCells(string[] a, string[] b)
    {
        var wa = WordIndexes(a);
        var wb = WordIndexes(b);
        int pre = 0;
        while (pre < wa.Count && pre < wb.Count && a[wa[pre]] == b[wb[pre]]) pre++;
        int suf = 0;
        while (suf < wa.Count - pre && suf < wb.Count - pre && a[wa[^(suf + 1)]] == b[wb[^(suf + 1)]]) suf++;
        return (long)(wa.Count + wb.Count) * (wa.Count + wb.Count - 2 * (pre + suf));
    }

    /// <summary>
    /// Sentence tokens for the coarse fallback: each sentence (up to and including . ; : ! ? or a line end) is one token,
    /// the white space after it another, so that the word-level machinery works unchanged on sentences.
    /// </summary>
    private static string[] SentenceTokens(string text)
    {
        var tokens = new List<string>();
        int start = 0, i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool end = c is '.' or ';' or ':' or '!' or '?' or '。' or '；' or '\n';
            i++;
            if (!end || (i < text.Length && !char.IsWhiteSpace(text[i]) && c != '\n')) continue;
            int ws = i;
            while (ws < text.Length && char.IsWhiteSpace(text[ws])) ws++;
            var sentence = text[start..i];
            if (string.IsNullOrWhiteSpace(sentence)) { tokens.Add(text[start..ws]); start = i = ws; continue; }
            tokens.Add(sentence);
            if (ws > i) tokens.Add(text[i..ws]);
            start = i = ws;
        }
        if (start < text.Length) tokens.Add(text[start..]);
        return tokens.ToArray();
    }

    /// <summary>The edit script on the non-space tokens, with the white space between them put back.</summary>
    private List<DiffRun> Script(string[] a, string[] b)
    {
        var wa = WordIndexes(a);
        var wb = WordIndexes(b);
        var result = _differ.CreateDiffs(Keys(a, wa), Keys(b, wb), ignoreWhiteSpace: false, ignoreCase: false, SeparatorChunker.Instance);
        var runs = new List<DiffRun>();
        int pa = 0, pb = 0;   // next original token not yet emitted
        int ka = 0, kb = 0;   // next word index
        foreach (var block in result.DiffBlocks)
        {
            while (ka < block.DeleteStartA) { EmitEqualWord(runs, a, b, wa[ka], wb[kb], ref pa, ref pb); ka++; kb++; }
            ka += block.DeleteCountA;
            kb += block.InsertCountB;
        }
        while (ka < wa.Count && kb < wb.Count) { EmitEqualWord(runs, a, b, wa[ka], wb[kb], ref pa, ref pb); ka++; kb++; }
        EmitGap(runs, a, b, pa, a.Length, pb, b.Length);
        return FoldSpaces(runs);
    }

    private static List<int> WordIndexes(string[] tokens)
    {
        var list = new List<int>(tokens.Length / 2 + 1);
        for (int i = 0; i < tokens.Length; i++) if (!string.IsNullOrWhiteSpace(tokens[i])) list.Add(i);
        return list;
    }

    private static string Keys(string[] tokens, List<int> words) =>
        string.Join(SeparatorChunker.Separator, words.Select(i => tokens[i].Replace(SeparatorChunker.Separator, ' ')));

    /// <summary>Emits the changed stretch before an equal word, then the word itself.</summary>
    private static void EmitEqualWord(List<DiffRun> runs, string[] a, string[] b, int ia, int ib, ref int pa, ref int pb)
    {
        EmitGap(runs, a, b, pa, ia, pb, ib);
        Add(runs, DiffOperation.Equal, a[ia]);
        pa = ia + 1;
        pb = ib + 1;
    }

    /// <summary>Tokens a[pa..ea) became b[pb..eb): common white space at both ends stays equal, the rest is deleted and inserted.</summary>
    private static void EmitGap(List<DiffRun> runs, string[] a, string[] b, int pa, int ea, int pb, int eb)
    {
        var oldGap = string.Concat(a[pa..ea]);
        var newGap = string.Concat(b[pb..eb]);
        if (oldGap == newGap) { Add(runs, DiffOperation.Equal, oldGap); return; }
        int pre = 0;
        while (pre < oldGap.Length && pre < newGap.Length && oldGap[pre] == newGap[pre] && char.IsWhiteSpace(oldGap[pre])) pre++;
        int suf = 0;
        while (suf < oldGap.Length - pre && suf < newGap.Length - pre && oldGap[^(suf + 1)] == newGap[^(suf + 1)] && char.IsWhiteSpace(oldGap[^(suf + 1)])) suf++;
        Add(runs, DiffOperation.Equal, oldGap[..pre]);
        Add(runs, DiffOperation.Delete, oldGap[pre..^suf]);
        Add(runs, DiffOperation.Insert, newGap[pre..^suf]);
        Add(runs, DiffOperation.Equal, oldGap[^suf..]);
    }

    private static void Add(List<DiffRun> runs, DiffOperation op, string text)
    {
        if (text.Length == 0) return;
        if (runs.Count > 0 && runs[^1].Operation == op) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new DiffRun(op, text));
    }

    /// <summary>Canonical order Delete then Insert inside a change; white space alone between two changes joins them.</summary>
    private static List<DiffRun> FoldSpaces(List<DiffRun> runs)
    {
        var result = new List<DiffRun>();
        var del = new StringBuilder();
        var ins = new StringBuilder();
        for (int i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (r.Operation == DiffOperation.Delete) { del.Append(r.Text); continue; }
            if (r.Operation == DiffOperation.Insert) { ins.Append(r.Text); continue; }
            bool between = (del.Length > 0 || ins.Length > 0) && i + 1 < runs.Count && string.IsNullOrWhiteSpace(r.Text);
            if (between)
            {
                del.Append(r.Text);
                ins.Append(r.Text);
                continue;
            }
            Flush();
            Add(result, DiffOperation.Equal, r.Text);
        }
        Flush();
        return result;

        void Flush()
        {
            if (del.Length > 0) Add(result, DiffOperation.Delete, del.ToString());
            if (ins.Length > 0) Add(result, DiffOperation.Insert, ins.ToString());
            del.Clear();
            ins.Clear();
        }
    }

    /// <summary>Splits the word keys joined by <see cref="Separator"/>.</summary>
    private sealed class SeparatorChunker : IChunker
    {
        public const char Separator = '\u0001';
        public static readonly SeparatorChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(Separator);
    }

    /// <summary>A short Delete+Insert pair holding digits on both sides is diffed again character by character.</summary>
    private List<DiffRun> Refine(List<DiffRun> runs, int maxLength)
    {
        if (maxLength <= 0) return runs;
        var result = new List<DiffRun>(runs.Count);
        for (int i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (r.Operation == DiffOperation.Delete && i + 1 < runs.Count && runs[i + 1].Operation == DiffOperation.Insert
                && r.Text.Length <= maxLength && runs[i + 1].Text.Length <= maxLength
                && r.Text.Any(char.IsDigit) && runs[i + 1].Text.Any(char.IsDigit))
            {
                var d = _differ.CreateDiffs(r.Text, runs[i + 1].Text, false, false, CharacterChunker.Instance);
                int ia = 0, ib = 0;
                var a = d.PiecesOld; var b = d.PiecesNew;
                var local = new List<DiffRun>();
                foreach (var block in d.DiffBlocks)
                {
                    while (ia < block.DeleteStartA) { Add(local, DiffOperation.Equal, a[ia]); ia++; ib++; }
                    for (int k = 0; k < block.DeleteCountA; k++) Add(local, DiffOperation.Delete, a[ia + k]);
                    for (int k = 0; k < block.InsertCountB; k++) Add(local, DiffOperation.Insert, b[ib + k]);
                    ia += block.DeleteCountA;
                    ib += block.InsertCountB;
                }
                while (ia < a.Count) { Add(local, DiffOperation.Equal, a[ia]); ia++; }
                foreach (var x in local) Add(result, x.Operation, x.Text);
                i++;
                continue;
            }
            Add(result, r.Operation, r.Text);
        }
        return result;
    }
}
