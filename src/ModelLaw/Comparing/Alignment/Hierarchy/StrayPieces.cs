using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Candidates.Sources;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Hierarchy;

/// <summary>
/// Pieces that left their paragraph: below the parts, a model provision left free inside a linked pair (its siblings
/// found their partners, it did not) is looked for document-wide among the free national provisions below the units,
/// and linked only when it is the mutual best of both at or above the move bar and each holds most of the other's
/// weighted words: the same text in another place (the points of a rewritten paragraph that went to another article,
/// a subparagraph that became a paragraph of its own). Containment one way only let a short indent "move" into a long
/// paragraph that merely repeats its words.
/// </summary>
internal sealed class StrayPieces(AlignmentPipeline pipeline, ComparisonFacts facts, LinkBook book)
{
    private const double MinContained = 0.5;

    public void Run()
    {
        var m = book.Input.Model;
        var n = book.Input.National;
        var model = Enumerable.Range(0, m.Count).Where(r => IsStray(r)).ToArray();
        if (model.Length == 0) return;
        var national = Enumerable.Range(0, n.Count)
            .Where(r => n.Unit[r] >= 0 && !n.IsUnit(r) && book.NationalFree(r) && !facts.NationalRepeated[r] && n.Mass[r] > 0).ToArray();
        if (national.Length == 0) return;
        var rows = new LevelRows(AlignmentLevel.Inner, book.Input, model, national);
        var context = new LevelContext(book.Input, facts, rows, parents: null);
        var c = pipeline.Candidates;
        var pairs = pipeline.Candidate(context, [new LexicalTopK(c.ProbeFeatures, c.MaxCandidates)]);
        var p = pipeline.Model.Probabilities(AlignmentLevel.Inner, pairs);
        var (bestM, bestN) = Best(pairs, p);
        int lexical = Array.IndexOf(pairs.Names.ToArray(), "lexical");
        for (int i = 0; i < pairs.Count; i++)
        {
            int ms = pairs.ModelSlot[i], ns = pairs.NationalSlot[i];
            if (p[i] < pipeline.Assignment.Move || bestM[ms] != i || bestN[ns] != i) continue;
            int mr = model[ms], nr = national[ns];
            if (!book.ModelFree(mr) || !book.NationalFree(nr)) continue;
            if (m.FullCounts.MinOverlap(mr, n.FullCounts, nr, book.Input.Idf) / m.Mass[mr] < MinContained) continue;
            if (n.FullCounts.MinOverlap(nr, m.FullCounts, mr, book.Input.Idf) / n.Mass[nr] < MinContained) continue;
            float similarity = lexical >= 0 ? pairs.Feature(lexical, i) : 0;
            book.Add(new RowLink([mr], [nr], p[i], LinkOrigin.Move, AlignmentLevel.Inner, similarity, pipeline.Model.Explain(AlignmentLevel.Inner, pairs, i)));
        }
    }

    /// <summary>Free, below a part, inside a linked provision, not repeated text, with words of its own.</summary>
    private bool IsStray(int r)
    {
        var m = book.Input.Model;
        if (m.Unit[r] < 0 || m.IsUnit(r) || m.Parent[r] == m.Unit[r] || !book.ModelFree(r) || facts.ModelRepeated[r] || m.Mass[r] <= 0) return false;
        for (int a = m.Parent[r]; a >= 0; a = m.Parent[a]) if (!book.ModelFree(a)) return true;
        return false;
    }

    private static (int[] M, int[] N) Best(CandidateSet pairs, float[] p)
    {
        var bm = new int[pairs.Rows.ModelRows.Length];
        var bn = new int[pairs.Rows.NationalRows.Length];
        Array.Fill(bm, -1);
        Array.Fill(bn, -1);
        for (int i = 0; i < pairs.Count; i++)
        {
            int a = pairs.ModelSlot[i], b = pairs.NationalSlot[i];
            if (bm[a] < 0 || p[i] > p[bm[a]]) bm[a] = i;
            if (bn[b] < 0 || p[i] > p[bn[b]]) bn[b] = i;
        }
        return (bm, bn);
    }
}
