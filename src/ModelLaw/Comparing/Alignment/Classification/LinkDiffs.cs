using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Diffing;

namespace ModelLaw.Comparing.Alignment.Classification;

/// <summary>
/// The word diff of each link (own texts; full texts when only one side has parts), and how many of the model's words
/// each link kept (for the summary). A structure link repeats its parent's national text, so it has no diff of its own.
/// </summary>
internal sealed class LinkDiffs(ComparisonInput input, CompareOptions o, WordDiffer differ)
{
    private readonly Dictionary<int, (double Kept, double Words)> _kept = new();

    public double KeptWords => _kept.Values.Sum(v => v.Kept);
    public double ModelWords => _kept.Values.Sum(v => v.Words);

    public TextDiff? Diff(int index, RowLink l, AlignmentRelation relation)
    {
        var m = input.Model;
        var n = input.National;
        if (l.ModelRows.IsEmpty || l.NationalRows.IsEmpty)
        {
            if (!l.ModelRows.IsEmpty) _kept[index] = (0, l.ModelRows.Sum(r => WordCount(OwnText(m, r))));
            return null;
        }
        if (l.Origin == LinkOrigin.Dispersed) { _kept[index] = (0, WordCount(OwnText(m, l.ModelRows[0]))); return null; }
        if (l.Origin is LinkOrigin.Structure or LinkOrigin.Division) { _kept[index] = (0, 0); return null; }
        bool full = l.ModelRows.All(r => !m.Children(r).Any()) != l.NationalRows.All(r => !n.Children(r).Any());
        var oldText = string.Join("\n", l.ModelRows.Select(r => full ? m.Source[r].FullText() : OwnText(m, r)));
        var newText = string.Join("\n", l.NationalRows.Select(r => full ? n.Source[r].FullText() : OwnText(n, r)));
        double words = WordCount(oldText);
        if (relation == AlignmentRelation.Identical || string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            _kept[index] = (words, words);
            return o.ComputeDiffs ? (oldText.Length == 0 ? TextDiff.Empty : new TextDiff([new DiffRun(DiffOperation.Equal, oldText)])) : null;
        }
        if (!o.ComputeDiffs)
        {
            _kept[index] = (words * Math.Clamp(l.Similarity, 0, 1), words);
            return null;
        }
        var diff = differ.Diff(oldText, newText, o.MaxWordDiffCells, o.Diff);
        _kept[index] = (diff.Runs.Where(r => r.Operation == DiffOperation.Equal).Sum(r => WordCount(r.Text)), words);
        return diff;
    }

    /// <summary>Content, then wrap-up: the provision's own words.</summary>
    public static string OwnText(UnitTable t, int r)
    {
        var p = t.Source[r];
        return string.IsNullOrEmpty(p.WrapUp) ? p.Content : p.Content.Length == 0 ? p.WrapUp! : p.Content + "\n" + p.WrapUp;
    }

    private static int WordCount(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        int count = 0; bool inWord = false;
        foreach (var c in text)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) count++;
            inWord = w;
        }
        return count;
    }
}
