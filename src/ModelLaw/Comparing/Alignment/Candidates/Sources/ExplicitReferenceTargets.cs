using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates.Sources;

/// <summary>The national rows whose unit names a model article ("Article 7 of the Model Law"), paired with that article's rows.</summary>
internal sealed class ExplicitReferenceTargets : ICandidateSource
{
    public void Add(LevelContext context, CandidateSetBuilder into)
    {
        var byNumber = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ms = context.Rows.ModelRows;
        for (int s = 0; s < ms.Length; s++)
            if (context.Model.Unit[ms[s]] is >= 0 and var u && context.Model.NumberKey[u] is { Length: > 0 } k)
            {
                if (!byNumber.TryGetValue(k, out var list)) byNumber[k] = list = new();
                list.Add(s);
            }
        var ns = context.Rows.NationalRows;
        for (int s = 0; s < ns.Length; s++)
            if (context.National.Unit[ns[s]] is >= 0 and var u && context.Facts.ExplicitRefs[u] is { } refs)
                foreach (var k in refs)
                    if (byNumber.TryGetValue(k, out var targets))
                        foreach (var m in targets) into.Add(m, s);
    }
}
