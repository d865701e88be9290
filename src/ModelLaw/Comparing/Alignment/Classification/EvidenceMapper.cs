using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;

namespace ModelLaw.Comparing.Alignment.Classification;

/// <summary>The public evidence of a link: the score model's weight × feature of each signal, under the kind of evidence it measures.</summary>
internal static class EvidenceMapper
{
    public static ImmutableArray<AlignmentEvidence> Of(RowLink l, AlignmentRelation relation)
    {
        var e = ImmutableArray.CreateBuilder<AlignmentEvidence>();
        if (relation is AlignmentRelation.Omitted or AlignmentRelation.Added) return e.ToImmutable();
        if (relation == AlignmentRelation.Identical) e.Add(new AlignmentEvidence(EvidenceKind.ContentHash, 1));
        bool text = false;
        foreach (var (signal, value, contribution) in l.Evidence)
        {
            var kind = KindOf(signal);
            if (kind == EvidenceKind.TextSimilarity) text = true;
            e.Add(new AlignmentEvidence(kind, Math.Round(value, 4), signal) { Contribution = Math.Round(contribution, 4) });
        }
        if (!text) e.Add(new AlignmentEvidence(EvidenceKind.TextSimilarity, Math.Round(Math.Clamp(l.Similarity, 0, 1), 4)));
        if (l.Origin == LinkOrigin.Structure) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "its text went, with its parent's, into the national provision"));
        if (l.Origin == LinkOrigin.Division) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "linked through the articles the divisions share"));
        if (l.Origin == LinkOrigin.Dispersed) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "its parts were found in the national provisions listed"));
        if (l.Origin == LinkOrigin.Coverage) e.Add(new AlignmentEvidence(EvidenceKind.Containment, 1, "its text was split or merged: each part adds to what the link covers"));
        return e.ToImmutable();
    }

    public static EvidenceKind KindOf(string signal) => signal switch
    {
        "lexical" => EvidenceKind.TextSimilarity,
        "heading" or "both-headings" => EvidenceKind.Heading,
        "same-number" => EvidenceKind.Number,
        "explicit-reference" => EvidenceKind.ExplicitReference,
        "model-contained" or "national-contained" => EvidenceKind.Containment,
        "parent-linked" => EvidenceKind.Structure,
        "same-role" => EvidenceKind.Role,
        "position" => EvidenceKind.Position,
        "citations" => EvidenceKind.CrossReferences,
        "defined-term" => EvidenceKind.DefinedTerm,
        "repeated-text" => EvidenceKind.RepeatedText,
        "same-kind" => EvidenceKind.Kind,
        _ => EvidenceKind.Rank,
    };
}
