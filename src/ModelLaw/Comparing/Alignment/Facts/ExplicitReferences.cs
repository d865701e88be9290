using System.Text.RegularExpressions;
using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Facts;

/// <summary>
/// The model articles each national unit names explicitly ("Article 7 of the Model Law", "l'article 7 de la loi type",
/// "статья 7 типового закона"): the reference speaks for the unit that holds it.
/// </summary>
internal static class ExplicitReferences
{
    /// <summary>For each national row, the number keys of the model articles it names (only unit rows get any), or null.</summary>
    public static HashSet<string>?[] Find(UnitTable national, ReferencePatterns patterns)
    {
        var refs = new HashSet<string>?[national.Count];
        if (patterns.Regexes.Length == 0) return refs;
        for (int r = 0; r < national.Count; r++)
        {
            var p = national.Source[r];
            var text = string.IsNullOrEmpty(p.WrapUp) ? p.Content : p.Content + "\n" + p.WrapUp;
            if (text.Length == 0) continue;
            var target = national.Unit[r] >= 0 ? national.Unit[r] : r;
            foreach (var rx in patterns.Regexes)
                foreach (Match m in rx.Matches(text))
                {
                    var num = NumberKeys.Of(m.Groups["num"].Value);
                    if (num.Length > 0) (refs[target] ??= new HashSet<string>(StringComparer.Ordinal)).Add(num);
                }
        }
        return refs;
    }
}
