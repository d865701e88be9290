using System.Collections.Immutable;
using System.Text;
using ModelLaw.Comparing;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// A small word diff for what the comparison does not diff itself (numbers, headings, wrap-ups, pairs without a
/// <see cref="TextDiff"/>). Longest common subsequence on word/space/punctuation tokens; beyond a size bound it
/// falls back to "all deleted, all inserted", so it never takes quadratic time on long texts.
/// </summary>
internal static class WordDiff
{
    private const long MaxCells = 2_000_000;

    public static TextDiff Diff(string? oldText, string? newText)
    {
        oldText ??= "";
        newText ??= "";
        if (oldText == newText)
            return new TextDiff(oldText.Length == 0 ? ImmutableArray<DiffRun>.Empty : ImmutableArray.Create(new DiffRun(DiffOperation.Equal, oldText)));
        var a = Tokenise(oldText);
        var b = Tokenise(newText);
        if ((long)a.Count * b.Count > MaxCells) return Replace(oldText, newText);

        // common prefix and suffix first: cheap and the usual case
        int pre = 0;
        while (pre < a.Count && pre < b.Count && a[pre] == b[pre]) pre++;
        int suf = 0;
        while (suf < a.Count - pre && suf < b.Count - pre && a[a.Count - 1 - suf] == b[b.Count - 1 - suf]) suf++;

        int n = a.Count - pre - suf, m = b.Count - pre - suf;
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i, j] = a[pre + i] == b[pre + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var runs = new List<DiffRun>();
        void Add(DiffOperation op, string t)
        {
            if (t.Length == 0) return;
            if (runs.Count > 0 && runs[^1].Operation == op) runs[^1] = runs[^1] with { Text = runs[^1].Text + t };
            else runs.Add(new DiffRun(op, t));
        }
        for (int k = 0; k < pre; k++) Add(DiffOperation.Equal, a[k]);
        // deletions before insertions inside a changed stretch, so the old words read first
        var del = new StringBuilder();
        var ins = new StringBuilder();
        void Flush()
        {
            Add(DiffOperation.Delete, del.ToString());
            Add(DiffOperation.Insert, ins.ToString());
            del.Clear();
            ins.Clear();
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[pre + x] == b[pre + y]) { Flush(); Add(DiffOperation.Equal, a[pre + x]); x++; y++; }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) { ins.Append(b[pre + y]); y++; }
            else { del.Append(a[pre + x]); x++; }
        }
        Flush();
        for (int k = a.Count - suf; k < a.Count; k++) Add(DiffOperation.Equal, a[k]);
        return new TextDiff(runs.ToImmutableArray());
    }

    /// <summary>
    /// Diff of two provision numbers: a shared label ("Article ", "Статья ") is kept and the rest replaced whole
    /// ("Article <del>3</del><ins>4</ins>"); numbers without a shared label are replaced whole ("<del>1.</del><ins>(1)</ins>"),
    /// which reads better than a diff of their punctuation.
    /// </summary>
    public static TextDiff Number(string? oldNumber, string? newNumber)
    {
        oldNumber ??= "";
        newNumber ??= "";
        if (oldNumber == newNumber || oldNumber.Length == 0 || newNumber.Length == 0) return Diff(oldNumber, newNumber);
        int o = oldNumber.LastIndexOf(' '), n = newNumber.LastIndexOf(' ');
        if (o > 0 && o == n && string.CompareOrdinal(oldNumber, 0, newNumber, 0, o + 1) == 0)
        {
            var runs = ImmutableArray.Create(
                new DiffRun(DiffOperation.Equal, oldNumber[..(o + 1)]),
                new DiffRun(DiffOperation.Delete, oldNumber[(o + 1)..]),
                new DiffRun(DiffOperation.Insert, newNumber[(n + 1)..]));
            return new TextDiff(runs);
        }
        return Replace(oldNumber, newNumber);
    }

    public static TextDiff Replace(string? oldText, string? newText)
    {
        var runs = ImmutableArray.CreateBuilder<DiffRun>();
        if (!string.IsNullOrEmpty(oldText)) runs.Add(new DiffRun(DiffOperation.Delete, oldText));
        if (!string.IsNullOrEmpty(newText)) runs.Add(new DiffRun(DiffOperation.Insert, newText));
        return new TextDiff(runs.ToImmutable());
    }

    internal static List<string> Tokenise(string s)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            if (char.IsWhiteSpace(s[i])) { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }
            else if (char.IsLetterOrDigit(s[i])) { while (i < s.Length && char.IsLetterOrDigit(s[i])) i++; }
            else i++;
            tokens.Add(s[start..i]);
        }
        return tokens;
    }
}
