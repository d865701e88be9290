using ModelLaw.Comparing.Alignment.Facts;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>The final-provision role of a row: its own, else that of the unit holding it.</summary>
internal static class Roles
{
    public static FinalRole OfModel(LevelContext c, int m) => Of(c.Facts.ModelRole, c.Model.Unit, m);

    public static FinalRole OfNational(LevelContext c, int n) => Of(c.Facts.NationalRole, c.National.Unit, n);

    public static bool Same(LevelContext c, int m, int n) => OfModel(c, m) is var r && r != FinalRole.None && r == OfNational(c, n);

    public static FinalRole Of(FinalRole[] roles, int[] unit, int r) =>
        roles[r] != FinalRole.None ? roles[r] : unit[r] >= 0 ? roles[unit[r]] : FinalRole.None;
}
