using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment.Classification;

/// <summary>The headline figures and the concordance, counted on the unit tier (articles and annexes when the text has articles).</summary>
internal sealed class Summaries(ComparisonInput input, RowLinks links, Func<int, AlignmentLink?> converted, LinkDiffs diffs)
{
    public ComparisonSummary Summary()
    {
        int verbatim = 0, modified = 0, moved = 0, split = 0, merged = 0, omitted = 0, role = 0;
        var tier = Counted(input.Model);
        foreach (var r in tier)
        {
            if (links.OfModel(r) is var i && i < 0 || converted(i) is not { } al) continue;
            switch (al.Relation)
            {
                case AlignmentRelation.Identical or AlignmentRelation.Equivalent or AlignmentRelation.Renumbered: verbatim++; break;
                case AlignmentRelation.Modified: modified++; break;
                case AlignmentRelation.Moved: moved++; break;
                case AlignmentRelation.Split: split++; break;
                case AlignmentRelation.Merged: merged++; break;
                case AlignmentRelation.Omitted: omitted++; break;
                case AlignmentRelation.SameRole: role++; break;
            }
        }
        var nationalTier = Counted(input.National);
        int added = nationalTier.Count(r => links.OfNational(r) is >= 0 and var i && links.Links[i].ModelRows.IsEmpty);
        double kept = diffs.KeptWords, words = diffs.ModelWords;
        return new ComparisonSummary
        {
            ModelUnits = tier.Count,
            NationalUnits = nationalTier.Count,
            Verbatim = verbatim,
            Modified = modified,
            Moved = moved,
            Split = split,
            Merged = merged,
            SameRole = role,
            Omitted = omitted,
            Added = added,
            ModelTextKept = words <= 0 ? (tier.Count == 0 ? 1 : 0) : Math.Round(Math.Clamp(kept / words, 0, 1), 4),
        };
    }

    /// <summary>Articles and annexes when the text has articles; else every unit.</summary>
    private static List<int> Counted(UnitTable t)
    {
        var units = Enumerable.Range(0, t.Count).Where(t.IsUnit).ToList();
        return units.Any(r => t.Kind[r] == ProvisionKind.Article) ? units.Where(r => t.Kind[r] is ProvisionKind.Article or ProvisionKind.Annex).ToList() : units;
    }

    public ImmutableArray<ConcordanceRow> Concordance(Func<int, double> sortKey)
    {
        var m = input.Model;
        var n = input.National;
        var rows = new List<(double Key, ConcordanceRow Row)>();
        for (int u = 0; u < m.Count; u++)
        {
            if (!m.IsUnit(u) || links.OfModel(u) is var i && i < 0 || converted(i) is not { } al) continue;
            var l = links.Links[i];
            if (l.ModelRows[0] != u) continue; // a merged link is listed once, under its first model provision
            var covered = l.NationalRows.ToList();
            // parts of the unit linked outside its own partners (a paragraph moved to another article)
            for (int d = u + 1; d < m.SubtreeEnd[u]; d++)
                if (links.OfModel(d) is >= 0 and var dl && dl != i)
                    foreach (var t in links.Links[dl].NationalRows)
                        if (!covered.Any(c => c == t || n.IsBelow(t, c))) covered.Add(t);
            covered.Sort(); // rows are in document order: "Article 24(1), Article 24(2)", never the order they were found in
            rows.Add((u, new ConcordanceRow([.. l.ModelRows.Select(r => m.Source[r])], [.. covered.Select(r => n.Source[r])], al.Relation, al.Similarity)));
        }
        for (int u = 0; u < n.Count; u++)
            if (n.IsUnit(u) && links.OfNational(u) is >= 0 and var i && links.Links[i].ModelRows.IsEmpty)
                rows.Add((sortKey(i), new ConcordanceRow([], [n.Source[u]], AlignmentRelation.Added, 0)));
        return rows.OrderBy(r => r.Key).Select(r => r.Row).ToImmutableArray();
    }
}
