using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// 1 when both rows share a final-provision role that only one provision of each text has (the one entry-into-force
/// clause of the model and the one commencement paragraph of the national act): then the role alone pairs them, however
/// differently they are worded or wherever they moved. A role held by several provisions of either text (a delegated
/// act's own entry into force beside the law's) says nothing about which pairs with which.
/// </summary>
internal sealed class UniqueRole : ISignal
{
    public string Name => "unique-role";

    public void Compute(LevelContext context, CandidateSet pairs, Span<float> column)
    {
        var unique = Of(context);
        for (int i = 0; i < pairs.Count; i++)
        {
            var r = Roles.OfModel(context, pairs.ModelRow(i));
            column[i] = unique.Contains(r) && r == Roles.OfNational(context, pairs.NationalRow(i)) ? 1 : 0;
        }
    }

    /// <summary>The roles that one provision of each text holds.</summary>
    public static HashSet<FinalRole> Of(LevelContext context)
    {
        var model = Holders(context.Model, context.Facts.ModelRole);
        var national = Holders(context.National, context.Facts.NationalRole);
        return model.Where(kv => kv.Value == 1 && national.GetValueOrDefault(kv.Key) == 1).Select(kv => kv.Key).ToHashSet();
    }

    /// <summary>For each role, how many units (or rows outside units) of one text hold it, on their own or in one of their parts.</summary>
    private static Dictionary<FinalRole, int> Holders(UnitTable t, FinalRole[] roles)
    {
        var holders = new HashSet<(FinalRole, int)>();
        for (int r = 0; r < t.Count; r++)
            if (roles[r] != FinalRole.None) holders.Add((roles[r], t.Unit[r] >= 0 ? t.Unit[r] : r));
        return holders.GroupBy(h => h.Item1).ToDictionary(g => g.Key, g => g.Count());
    }
}
