using System.Collections.Immutable;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Cuts the runs of a diff of joined texts (parts joined with '\n') back into one diff per part of the side being read:
/// runs of that side are cut where each part ends (the separator is dropped), runs of the other side stay with the
/// part they fall in.
/// </summary>
internal static class DiffCutter
{
    /// <param name="diff">The diff of the joined texts.</param>
    /// <param name="lengths">Length of each part of the side being read.</param>
    /// <param name="own">The operation that exists only on that side (Insert for the national side).</param>
    public static TextDiff[] Cut(TextDiff diff, int[] lengths, DiffOperation own)
    {
        var foreign = own == DiffOperation.Insert ? DiffOperation.Delete : DiffOperation.Insert;
        var pieces = lengths.Select(_ => ImmutableArray.CreateBuilder<DiffRun>()).ToArray();
        var ends = new int[lengths.Length];
        int total = 0;
        for (int i = 0; i < lengths.Length; i++) { total += lengths[i]; ends[i] = total; total++; }
        int pos = 0, k = 0;
        foreach (var run in diff.Runs)
        {
            if (run.Operation == foreign) { pieces[k].Add(run); continue; }
            var text = run.Text;
            bool whole = true;
            while (text.Length > 0)
            {
                int room = k < ends.Length - 1 ? ends[k] - pos : int.MaxValue;
                if (room >= text.Length)
                {
                    pieces[k].Add(whole ? run : new DiffRun(run.Operation, text));
                    pos += text.Length;
                    break;
                }
                whole = false;
                if (room > 0) pieces[k].Add(new DiffRun(run.Operation, text[..room]));
                pos += room + 1;   // the separator between two parts
                text = text[Math.Min(text.Length, room + 1)..];
                k++;
            }
        }
        return pieces.Select(p => new TextDiff(Trim(p.ToImmutable()))).ToArray();
    }

    /// <summary>Leading white space left at the start of a part by the cut is dropped.</summary>
    private static ImmutableArray<DiffRun> Trim(ImmutableArray<DiffRun> runs)
    {
        int i = 0;
        while (i < runs.Length && runs[i].Operation == DiffOperation.Equal && string.IsNullOrWhiteSpace(runs[i].Text)) i++;
        return i == 0 ? runs : runs[i..];
    }
}
