using System.Collections.Immutable;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Word-level diff of two provision texts on DiffPlex with the <see cref="LegalChunker"/>: Equal / Delete / Insert runs
/// that keep the original spacing, white space between two changes folded into them, and short replacements holding
/// a digit ("2006" → "2016", "10a" → "12") refined character by character. Stateless and thread-safe.
/// </summary>
public sealed class WordDiffer
{
    private readonly IDiffer _differ;

    /// <summary>Creates the differ over DiffPlex's <see cref="Differ"/>.</summary>
    public WordDiffer() : this(Differ.Instance) { }

    /// <summary>Creates the differ over a given DiffPlex differ.</summary>
    public WordDiffer(IDiffer differ) => _differ = differ;

    /// <summary>Diffs <paramref name="oldText"/> (model) into <paramref name="newText"/> (national).</summary>
    public TextDiff Diff(string? oldText, string? newText, int charRefinementMaxLength = 16)
    {
        oldText ??= "";
        newText ??= "";
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
            return oldText.Length == 0 ? TextDiff.Empty : new TextDiff([new DiffRun(DiffOperation.Equal, oldText)]);
        if (oldText.Length == 0) return new TextDiff([new DiffRun(DiffOperation.Insert, newText)]);
        if (newText.Length == 0) return new TextDiff([new DiffRun(DiffOperation.Delete, oldText)]);

        var result = _differ.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LegalChunker.Instance);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var runs = new List<DiffRun>();
        int ia = 0, ib = 0;
        foreach (var block in result.DiffBlocks)
        {
            // equal stretch before the block
            while (ia < block.DeleteStartA) { Add(runs, DiffOperation.Equal, a[ia]); ia++; ib++; }
            for (int k = 0; k < block.DeleteCountA; k++) Add(runs, DiffOperation.Delete, a[ia + k]);
            for (int k = 0; k < block.InsertCountB; k++) Add(runs, DiffOperation.Insert, b[ib + k]);
            ia += block.DeleteCountA;
            ib += block.InsertCountB;
        }
        while (ia < a.Count) { Add(runs, DiffOperation.Equal, a[ia]); ia++; }
        runs = FoldSpaces(runs);
        runs = Refine(runs, charRefinementMaxLength);
        return new TextDiff(runs.ToImmutableArray());
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
