using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates.Sources;

/// <summary>
/// Rows that share a final-provision role held by one provision of each text (see <see cref="UniqueRole"/>): the
/// entry-into-force article of the model and the commencement paragraph of the act are candidates however little
/// wording they share.
/// </summary>
internal sealed class UniqueRoleTargets : ICandidateSource
{
    public void Add(LevelContext context, CandidateSetBuilder into)
    {
        var unique = UniqueRole.Of(context);
        if (unique.Count == 0) return;
        var ms = context.Rows.ModelRows;
        var ns = context.Rows.NationalRows;
        for (int a = 0; a < ms.Length; a++)
        {
            var r = Roles.OfModel(context, ms[a]);
            if (!unique.Contains(r)) continue;
            for (int b = 0; b < ns.Length; b++)
                if (Roles.OfNational(context, ns[b]) == r) into.Add(a, b);
        }
    }
}
