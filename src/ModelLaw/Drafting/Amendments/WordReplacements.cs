using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// Word-level edits of one text into another as an amending act words them: "the words 'X' are replaced by 'Y'", each
/// old span widened with neighbouring words until it occurs exactly once in the text it applies to. Numbers are whole
/// tokens, so "36" → "37" is one replacement, never a digit.
/// </summary>
internal static class WordReplacements
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex TokenPattern = new(@"\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Words, runs of spaces and single marks: concatenated, they give the text back.</summary>
    public static string[] Tokens(string text) => TokenPattern.Matches(text).Select(m => m.Value).ToArray();

    /// <summary>The token diff of two texts (DiffPlex on <see cref="Tokens"/>).</summary>
    public static DiffResult Diff(string a, string b) => Differ.Instance.CreateDiffs(a, b, false, false, TokenChunker.Instance);

    /// <summary>
    /// Unique-span replacements turning <paramref name="a"/> into <paramref name="b"/> when applied in order, or null when
    /// there are more than <paramref name="maxEdits"/> or they touch more than <paramref name="maxChangedShare"/> of the words.
    /// </summary>
    public static List<(string Old, string New)>? Replacements(string a, string b, int maxEdits, double maxChangedShare)
    {
        if (a.Length == 0) return null;
        var ta = Tokens(a);
        var tb = Tokens(b);
        var diff = Diff(a, b);
        if (diff.DiffBlocks.Count > maxEdits) return null;
        int words = ta.Count(t => !string.IsNullOrWhiteSpace(t));
        int changed = diff.DiffBlocks.Sum(d => Math.Max(d.DeleteCountA, d.InsertCountB));
        if (words > 0 && changed > maxChangedShare * ta.Length) return null;

        var result = new List<(string, string)>();
        var working = a;
        int delta = 0;
        var offsets = new int[ta.Length + 1];
        for (int i = 0; i < ta.Length; i++) offsets[i + 1] = offsets[i] + ta[i].Length;
        foreach (var (s, e, inserted) in Blocks(diff, ta, tb))
        {
            int left = s, right = e;
            string Old() => string.Concat(ta[left..right]);
            // widen with neighbouring tokens, alternately left and right, until the old span is a word or more, closes the
            // brackets it opens ("10(1)", not "10(1") and occurs once
            for (int step = 0; !HasWord(Old()) || !Balanced(Old()) || Count(working, Old()) != 1; step++)
            {
                if (left == 0 && right == ta.Length) break;
                if ((step % 2 == 0 && left > 0) || right == ta.Length) left--;
                else right++;
            }
            var oldSpan = Old();
            var newSpan = string.Concat(ta[left..s]) + inserted + string.Concat(ta[e..right]);
            var pos = offsets[left] + delta;
            if (pos < 0 || pos + oldSpan.Length > working.Length || string.CompareOrdinal(working, pos, oldSpan, 0, oldSpan.Length) != 0 || Count(working, oldSpan) != 1)
                return null;
            working = working[..pos] + newSpan + working[(pos + oldSpan.Length)..];
            delta += newSpan.Length - oldSpan.Length;
            result.Add((oldSpan.Trim(), newSpan.Trim()));
        }
        // the trimmed spans must still do the job when applied in order
        var check = a;
        foreach (var (x, y) in result)
        {
            if (x.Length == 0 || Count(check, x) != 1) return null;
            check = ReplaceOnce(check, x, y);
        }
        return check == b ? result : null;
    }

    /// <summary>
    /// The diff's changes as old token ranges with their new text; changes a word or less apart become one, so
    /// "[two]" → "two" is one replacement, not two bracket deletions.
    /// </summary>
    public static List<(int Start, int End, string Inserted)> Blocks(DiffResult diff, IReadOnlyList<string> ta, IReadOnlyList<string> tb)
    {
        var blocks = new List<(int Start, int End, string Inserted)>();
        foreach (var block in diff.DiffBlocks)
        {
            int s = block.DeleteStartA, e = block.DeleteStartA + block.DeleteCountA;
            var inserted = string.Concat(tb.Skip(block.InsertStartB).Take(block.InsertCountB));
            if (blocks.Count > 0 && s - blocks[^1].End <= 2)
            {
                var last = blocks[^1];
                blocks[^1] = (last.Start, e, last.Inserted + string.Concat(ta.Skip(last.End).Take(s - last.End)) + inserted);
            }
            else blocks.Add((s, e, inserted));
        }
        return blocks;
    }

    /// <summary>True when every bracket the words open they also close, and the other way round.</summary>
    public static bool Balanced(string s)
    {
        int round = 0, square = 0;
        foreach (var c in s)
        {
            if (c == '(') round++;
            else if (c == ')' && --round < 0) return false;
            else if (c == '[') square++;
            else if (c == ']' && --square < 0) return false;
        }
        return round == 0 && square == 0;
    }

    private static bool HasWord(string s) => s.Any(char.IsLetterOrDigit);

    public static string ReplaceOnce(string text, string oldWords, string newWords)
    {
        var i = text.IndexOf(oldWords, StringComparison.Ordinal);
        var replaced = text[..i] + newWords + text[(i + oldWords.Length)..];
        // deleting words leaves the spaces around them: keep one
        return newWords.Length == 0 ? CollapseSpaceAt(replaced, i) : replaced;
    }

    private static string CollapseSpaceAt(string s, int i)
    {
        if (i > 0 && i < s.Length && s[i - 1] == ' ' && (s[i] == ' ' || char.IsPunctuation(s[i]))) return s[..(i - 1)] + s[i..];
        if (i == 0 && s.Length > 0 && s[0] == ' ') return s[1..];
        return s;
    }

    public static int Count(string text, string part)
    {
        if (part.Length == 0) return 0;
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Share of the tokens two texts have in common, in [0, 1] (1 for equal texts, empty ones included).</summary>
    public static double Similarity(string a, string b)
    {
        if (a == b) return 1;
        var diff = Diff(a, b);
        var ta = diff.PiecesOld;
        int na = ta.Count(t => !string.IsNullOrWhiteSpace(t)), nb = diff.PiecesNew.Count(t => !string.IsNullOrWhiteSpace(t));
        if (na + nb == 0) return 1;
        int changedA = 0, changedB = 0;
        foreach (var d in diff.DiffBlocks)
        {
            for (int k = d.DeleteStartA; k < d.DeleteStartA + d.DeleteCountA; k++) if (!string.IsNullOrWhiteSpace(ta[k])) changedA++;
            for (int k = d.InsertStartB; k < d.InsertStartB + d.InsertCountB; k++) if (!string.IsNullOrWhiteSpace(diff.PiecesNew[k])) changedB++;
        }
        return (double)(na - changedA + nb - changedB) / (na + nb);
    }

    /// <summary>DiffPlex chunker: words, runs of spaces and single punctuation marks are tokens, so spacing survives the diff.</summary>
    private sealed class TokenChunker : IChunker
    {
        public static TokenChunker Instance { get; } = new();
        public IReadOnlyList<string> Chunk(string text) => Tokens(text);
    }
}
