using ModelLaw.Documents;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>Whether two texts, once folded, are written in letters the other can match (Latin and Cyrillic do; Latin and Arabic or Han do not).</summary>
internal static class ScriptProfile
{
    private const int Sample = 4000;

    public static bool ShareLetters(Provision a, Provision b)
    {
        var sa = Scripts(a);
        var sb = Scripts(b);
        return sa.Overlaps(sb);
    }

    private static HashSet<string> Scripts(Provision root)
    {
        var counts = new Dictionary<string, int>();
        int seen = 0;
        foreach (var p in root.DescendantsAndSelf())
        {
            foreach (var w in ScriptFolding.Words(p.Content))
                foreach (var c in w)
                {
                    if (!char.IsLetter(c)) continue;
                    var s = c < 0x250 ? "latin" : HanScript.IsHan(c) ? "han" : c is >= '\u0600' and <= '\u06FF' ? "arabic" : "other" + (c >> 8);
                    counts[s] = counts.GetValueOrDefault(s) + 1;
                    seen++;
                }
            if (seen > Sample) break;
        }
        // a script counts when it writes at least a tenth of the letters (a Latin acronym in a Chinese law does not)
        return counts.Where(kv => kv.Value * 10 >= seen).Select(kv => kv.Key).ToHashSet();
    }
}
