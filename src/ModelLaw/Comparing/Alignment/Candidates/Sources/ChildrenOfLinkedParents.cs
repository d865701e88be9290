using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates.Sources;

/// <summary>Every pair of rows whose units were linked to each other at the level above (the parts of linked articles).</summary>
internal sealed class ChildrenOfLinkedParents : ICandidateSource
{
    public void Add(LevelContext context, CandidateSetBuilder into)
    {
        if (context.Parents is null) return;
        var byUnit = new Dictionary<int, List<int>>();
        var ns = context.Rows.NationalRows;
        for (int s = 0; s < ns.Length; s++)
        {
            int u = context.National.Unit[ns[s]];
            if (u < 0) continue;
            if (!byUnit.TryGetValue(u, out var list)) byUnit[u] = list = new();
            list.Add(s);
        }
        var ms = context.Rows.ModelRows;
        for (int s = 0; s < ms.Length; s++)
        {
            int u = context.Model.Unit[ms[s]];
            if (u < 0 || context.Parents.OfModel(u) is var l && l < 0) continue;
            foreach (var nu in context.Parents.Links[l].NationalRows)
                if (byUnit.TryGetValue(nu, out var parts))
                    foreach (var t in parts) into.Add(s, t);
        }
    }
}
