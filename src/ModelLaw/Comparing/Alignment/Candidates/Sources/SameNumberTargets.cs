using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates.Sources;

/// <summary>
/// Rows of the same kind and number ("Article 12" and "Article 12"), when few rows of the level share that number: paragraph
/// "1" of every article says nothing about the partner and would make long texts quadratic.
/// </summary>
internal sealed class SameNumberTargets(int maxSharing) : ICandidateSource
{
    public void Add(LevelContext context, CandidateSetBuilder into)
    {
        var byNumber = new Dictionary<(Documents.ProvisionKind, string), List<int>>();
        var ns = context.Rows.NationalRows;
        for (int s = 0; s < ns.Length; s++)
            if (context.National.NumberKey[ns[s]] is { Length: > 0 } k)
            {
                var key = (context.National.Kind[ns[s]], k);
                if (!byNumber.TryGetValue(key, out var list)) byNumber[key] = list = new();
                list.Add(s);
            }
        var ms = context.Rows.ModelRows;
        for (int s = 0; s < ms.Length; s++)
            if (context.Model.NumberKey[ms[s]] is { Length: > 0 } k
                && byNumber.TryGetValue((context.Model.Kind[ms[s]], k), out var same) && same.Count <= maxSharing)
                foreach (var t in same) into.Add(s, t);
    }
}
