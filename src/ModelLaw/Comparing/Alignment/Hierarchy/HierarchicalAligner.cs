using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Candidates.Sources;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Hierarchy;

/// <summary>
/// The fixed schedule: units (articles) → parts (paragraphs, document-wide, with the unit links as context) →
/// reconcile (parts whose partner has none) → inside each linked pair (below the parts) → pieces that left their
/// paragraph (document-wide) → divisions. One run per comparison.
/// </summary>
internal sealed class HierarchicalAligner(AlignmentPipeline pipeline, ComparisonInput input, ComparisonFacts facts, CancellationToken ct, StageClock? clock)
{
    private readonly LinkBook _book = new(input);

    public AlignmentResult Align()
    {
        foreach (var l in LevelRun.Run(pipeline, UnitContext(input, facts), UnitSources(pipeline.Candidates))) _book.Add(l);
        var units = _book.Freeze();
        clock?.Lap("units");
        ct.ThrowIfCancellationRequested();

        foreach (var l in LevelRun.Run(pipeline, PartContext(input, facts, units), PartSources(pipeline.Candidates))) _book.Add(l);
        clock?.Lap("parts");
        ct.ThrowIfCancellationRequested();

        new InnerAligner(pipeline, facts, _book, ct).Run();
        clock?.Lap("inside pairs");
        new StrayPieces(pipeline, facts, _book).Run();
        clock?.Lap("stray pieces");
        DivisionVoter.Vote(input, _book);
        clock?.Lap("divisions");
        return new AlignmentResult(input, _book.Freeze(), _book.Covered);
    }

    /// <summary>The unit level: every unit of both texts, no level above.</summary>
    public static LevelContext UnitContext(ComparisonInput input, ComparisonFacts facts) =>
        new(input, facts, new LevelRows(AlignmentLevel.Unit, input, Units(input.Model), Units(input.National)), parents: null);

    /// <summary>The part level, document-wide, with the unit links as context.</summary>
    public static LevelContext PartContext(ComparisonInput input, ComparisonFacts facts, Assignment.RowLinks units) =>
        new(input, facts, new LevelRows(AlignmentLevel.Part, input, Parts(input, input.Model, units, model: true), Parts(input, input.National, units, model: false)), units);

    public static ICandidateSource[] UnitSources(CandidateOptions c) =>
        [new LexicalTopK(c.ProbeFeatures, c.MaxCandidates), new SameNumberTargets(c.MaxSameNumber), new ExplicitReferenceTargets(), new UniqueRoleTargets()];

    public static ICandidateSource[] PartSources(CandidateOptions c) =>
        [new LexicalTopK(c.ProbeFeatures, c.MaxCandidates), new SameNumberTargets(c.MaxSameNumber), new ChildrenOfLinkedParents(), new ExplicitReferenceTargets(), new UniqueRoleTargets()];

    private static int[] Units(UnitTable t) => Enumerable.Range(0, t.Count).Where(t.IsUnit).ToArray();

    /// <summary>
    /// The parts of every unit (a unit without parts stands for itself), but not the parts of identical unit pairs (paired
    /// by position inside them) nor a unit without parts already linked whole.
    /// </summary>
    private static int[] Parts(ComparisonInput input, UnitTable t, Assignment.RowLinks units, bool model)
    {
        var rows = new List<int>();
        for (int u = 0; u < t.Count; u++)
        {
            if (!t.IsUnit(u)) continue;
            int l = model ? units.OfModel(u) : units.OfNational(u);
            if (l >= 0 && IsIdentical(input, units.Links[l])) continue;
            bool any = false;
            foreach (var c in t.Children(u)) { rows.Add(c); any = true; }
            if (!any && l < 0) rows.Add(u);
        }
        return rows.ToArray();
    }

    private static bool IsIdentical(ComparisonInput input, Assignment.RowLink l) =>
        l.ModelRows.Length == 1 && l.NationalRows.Length == 1
        && input.Model.Source[l.ModelRows[0]].ContentHash == input.National.Source[l.NationalRows[0]].ContentHash;
}
