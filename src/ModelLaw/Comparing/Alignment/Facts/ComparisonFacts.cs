using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Facts;

/// <summary>What the analysis tells about rows beyond their words, computed once per comparison: repeated text, final-provision roles, explicit references.</summary>
internal sealed class ComparisonFacts
{
    private ComparisonFacts(bool[] modelRepeated, bool[] nationalRepeated, FinalRole[] modelRole, FinalRole[] nationalRole, HashSet<string>?[] explicitRefs,
        Dictionary<string, int> modelUnits, Dictionary<string, int> nationalUnits)
    {
        ModelUnitByNumber = modelUnits;
        NationalUnitByNumber = nationalUnits;
        ModelRepeated = modelRepeated;
        NationalRepeated = nationalRepeated;
        ModelRole = modelRole;
        NationalRole = nationalRole;
        ExplicitRefs = explicitRefs;
    }

    /// <summary>Model rows whose text their document (or the other) says again elsewhere.</summary>
    public bool[] ModelRepeated { get; }

    /// <summary>National rows whose text is said again elsewhere.</summary>
    public bool[] NationalRepeated { get; }

    /// <summary>Final-provision role of each model row.</summary>
    public FinalRole[] ModelRole { get; }

    /// <summary>Final-provision role of each national row.</summary>
    public FinalRole[] NationalRole { get; }

    /// <summary>Model article numbers each national unit names explicitly.</summary>
    public HashSet<string>?[] ExplicitRefs { get; }

    /// <summary>Model articles (units that are not annexes) by number key, the first of each number.</summary>
    public Dictionary<string, int> ModelUnitByNumber { get; }

    /// <summary>National articles by number key.</summary>
    public Dictionary<string, int> NationalUnitByNumber { get; }

    public static ComparisonFacts Build(ComparisonInput input, ReferencePatterns patterns, CancellationToken ct)
    {
        var (mr, nr) = RepeatedText.Mark(input, ct);
        var (mrole, nrole) = FinalRoles.Find(input);
        return new ComparisonFacts(mr, nr, mrole, nrole, ExplicitReferences.Find(input.National, patterns), Units(input.Model), Units(input.National));
    }

    private static Dictionary<string, int> Units(UnitTable t)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < t.Count; r++)
            if (t.IsUnit(r) && t.Kind[r] != Documents.ProvisionKind.Annex && t.NumberKey[r] is { Length: > 0 } k) d.TryAdd(k, r);
        return d;
    }
}
