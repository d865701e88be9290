using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Candidates.Sources;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Hierarchy;

/// <summary>
/// Inside every linked pair, below the parts: identical subtrees are paired by position; otherwise the free children
/// of both sides are aligned by the same rule, at the inner level, and each new link is descended into in turn. What is
/// left when one side has no children went into the other side's text: model children get a structure link to the
/// partner, national children are covered. A model child left over beside children is not omitted when most of its
/// words are in the partner's text: nothing of it went nowhere — repeated text too, since its parent's link says where
/// it went (a standard clause folded into the paragraph before it is not dropped).
/// </summary>
internal sealed class InnerAligner(AlignmentPipeline pipeline, ComparisonFacts facts, LinkBook book, CancellationToken ct)
{
    private const double KeptInPartner = 0.5;
    private static readonly ICandidateSource[] Sources = [new AllPairs()];

    public void Run()
    {
        var queue = new Queue<int>(Enumerable.Range(0, book.Links.Count));
        while (queue.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var l = book.Links[queue.Dequeue()];
            if (l.ModelRows.IsEmpty || l.NationalRows.IsEmpty || l.Origin is LinkOrigin.Structure or LinkOrigin.Division) continue;
            foreach (var i in Descend(l)) queue.Enqueue(i);
        }
    }

    private List<int> Descend(RowLink l)
    {
        var m = book.Input.Model;
        var n = book.Input.National;
        var made = new List<int>();
        var cm = l.ModelRows.SelectMany(m.Children).Where(book.ModelFree).ToArray();
        var cn = l.NationalRows.SelectMany(n.Children).Where(book.NationalFree).ToArray();
        if (l.ModelRows.Length == 1 && l.NationalRows.Length == 1 && m.Source[l.ModelRows[0]].ContentHash == n.Source[l.NationalRows[0]].ContentHash)
        {
            for (int k = 0; k < cm.Length && k < cn.Length; k++)
                made.Add(book.Add(new RowLink([cm[k]], [cn[k]], 1, LinkOrigin.Identical, AlignmentLevel.Inner, 1, RowLink.NoEvidence)));
            return made;
        }
        // the parts of linked units were aligned document-wide already: only what is left is settled here
        if (cm.Length > 0 && cn.Length > 0 && l.Level != AlignmentLevel.Unit)
        {
            var rows = new LevelRows(AlignmentLevel.Inner, book.Input, cm, cn);
            foreach (var link in LevelRun.Run(pipeline, new LevelContext(book.Input, facts, rows, parents: null), Sources))
                made.Add(book.Add(link));
        }
        bool modelHasParts = l.ModelRows.Any(r => m.Children(r).Any());
        bool nationalHasParts = l.NationalRows.Any(r => n.Children(r).Any());
        if (!nationalHasParts) Structure(l, cm);
        else if (modelHasParts) KeptInPartners(l, cm);
        if (!modelHasParts) foreach (var c in cn) if (book.NationalFree(c)) book.Cover(c);
        return made;
    }

    /// <summary>Free model children (and their free descendants) whose text went into the partners without parts.</summary>
    private void Structure(RowLink l, IEnumerable<int> children)
    {
        var free = children.Where(book.ModelFree).ToList();
        if (free.Count == 0) return;
        var t = book.Input.Model;
        var all = new List<int>();
        foreach (var c in free)
            for (int r = c; r < t.SubtreeEnd[c]; r++) if (book.ModelFree(r)) all.Add(r);
        foreach (var r in all)
            book.Add(new RowLink([r], l.NationalRows, l.Probability, LinkOrigin.Structure, AlignmentLevel.Inner, l.Similarity, RowLink.NoEvidence));
    }

    private void KeptInPartners(RowLink l, int[] children)
    {
        var m = book.Input.Model;
        var n = book.Input.National;
        foreach (var c in children)
        {
            if (!book.ModelFree(c) || m.Mass[c] <= 0) continue;
            double best = 0;
            foreach (var p in l.NationalRows) best = Math.Max(best, m.FullCounts.MinOverlap(c, n.FullCounts, p, book.Input.Idf) / m.Mass[c]);
            if (best >= KeptInPartner) Structure(l, [c]);
        }
    }
}
