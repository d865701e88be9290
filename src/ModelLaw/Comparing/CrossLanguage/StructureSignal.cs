using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// What two provisions share whatever their languages: their shape (how many paragraphs and points), their length
/// against the usual length ratio of the two languages (a translation is about as long as its original, as in
/// Gale and Church's sentence alignment) and their relative position in their lists. Each in [0, 1].
/// </summary>
internal sealed class StructureSignal
{
    private readonly double _logRatio;
    private readonly Dictionary<Provision, (int Length, int Descendants)> _sizes = new(ReferenceEqualityComparer.Instance);

    private StructureSignal(double logRatio, IEnumerable<Provision> provisions)
    {
        _logRatio = logRatio;
        foreach (var p in provisions) _sizes[p] = (Length(p), p.Descendants().Count());
    }

    /// <summary>The signal for two lists, with the median length ratio of the two texts.</summary>
    public static StructureSignal For(IReadOnlyList<Provision> model, IReadOnlyList<Provision> national)
    {
        double m = model.Sum(p => (double)Length(p)), n = national.Sum(p => (double)Length(p));
        return new StructureSignal(m > 0 && n > 0 ? Math.Log(n / m) : 0, model.Concat(national));
    }

    /// <summary>Shape and length agreement of two provisions.</summary>
    public double Shape(Provision a, Provision b)
    {
        int ca = a.Children.Length, cb = b.Children.Length;
        var (la, da) = Size(a);
        var (lb, db) = Size(b);
        double children = Math.Exp(-Math.Abs(ca - cb) / 1.5);
        double descendants = Math.Exp(-Math.Abs(da - db) / (1.0 + 0.25 * Math.Max(da, db)));
        double length = la > 0 && lb > 0 ? Math.Exp(-Math.Abs(Math.Log((double)lb / la) - _logRatio) / 0.35) : 0;
        return (children + descendants + 2 * length) / 4;
    }

    /// <summary>How near the two positions are, relative to the lengths of their lists.</summary>
    public static double Position(int i, int n, int j, int m) =>
        1 - Math.Abs((i + 0.5) / Math.Max(1, n) - (j + 0.5) / Math.Max(1, m));

    private (int Length, int Descendants) Size(Provision p) =>
        _sizes.TryGetValue(p, out var s) ? s : (Length(p), p.Descendants().Count());

    private static int Length(Provision p)
    {
        int letters = 0;
        foreach (var c in p.FullText()) if (char.IsLetterOrDigit(c)) letters++;
        return letters;
    }
}
