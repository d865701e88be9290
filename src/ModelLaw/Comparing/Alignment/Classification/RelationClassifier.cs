using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Classification;

/// <summary>
/// What a link means to a drafter: added, omitted, merged, split; same role (final provisions that share only a
/// role); moved (off the document order, or a part that left its article); identical, equivalent (same words),
/// renumbered (same words, another number); else modified.
/// </summary>
internal sealed class RelationClassifier(ComparisonInput input, ComparisonFacts facts, RowLinks units)
{
    public AlignmentRelation Classify(RowLink l)
    {
        if (l.ModelRows.IsEmpty) return AlignmentRelation.Added;
        if (l.NationalRows.IsEmpty) return AlignmentRelation.Omitted;
        if (l.ModelRows.Length > 1) return AlignmentRelation.Merged;
        if (l.NationalRows.Length > 1) return AlignmentRelation.Split;
        int m = l.ModelRows[0], n = l.NationalRows[0];
        if (SameRole(m, n)) return AlignmentRelation.SameRole;
        if (IsMoved(l, m, n)) return AlignmentRelation.Moved;
        if (input.Model.Source[m].ContentHash == input.National.Source[n].ContentHash) return AlignmentRelation.Identical;
        if (TermSequences.SameWords(input.Model, m, input.National, n))
            return input.Model.NumberKey[m] == input.National.NumberKey[n] ? AlignmentRelation.Equivalent : AlignmentRelation.Renumbered;
        return AlignmentRelation.Modified;
    }

    private bool SameRole(int m, int n)
    {
        var r = Roles.Of(facts.ModelRole, input.Model.Unit, m);
        return r != FinalRole.None && r == Roles.Of(facts.NationalRole, input.National.Unit, n);
    }

    /// <summary>
    /// Units: off the chain. Parts: the units holding them are not linked to each other (the part left its article).
    /// Inside pairs: off the chain of their siblings.
    /// </summary>
    private bool IsMoved(RowLink l, int m, int n) => l.Origin switch
    {
        LinkOrigin.Dispersed => true,
        LinkOrigin.Identical or LinkOrigin.Structure or LinkOrigin.Division => false,
        _ when l.Level == AlignmentLevel.Part => !(input.Model.Unit[m] is >= 0 and var mu && input.National.Unit[n] is >= 0 and var nu
                                                   && (units.Linked(mu, nu) || mu == m && nu == n && l.Origin != LinkOrigin.Move)),
        _ => l.Origin == LinkOrigin.Move,
    };
}
