using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// Finds the changes a drafter makes once for the whole text rather than in every provision: a word replaced everywhere
/// ("this Law" → "this Act") and a change in how one level's numbers are written ("1." → "(1)"). A candidate is kept only
/// when it makes at least <see cref="MinSupport"/> matched provisions closer to the new text and none further from it.
/// </summary>
internal static class GlobalEditFinder
{
    public const int MinSupport = 3;
    private const int MaxWords = 4;
    private const int MaxReplacements = 8;

    /// <summary>The matched provisions of both texts, pairs of sub-provisions included.</summary>
    public static List<(Provision Old, Provision New)> Pairs(IEnumerable<(Provision Old, Provision New)> units)
    {
        var result = new List<(Provision, Provision)>();
        void Walk(Provision o, Provision n)
        {
            result.Add((o, n));
            foreach (var (i, j) in UnitMatcher.Children(o.Children, n.Children)) Walk(o.Children[i], n.Children[j]);
        }
        foreach (var (o, n) in units) Walk(o, n);
        return result;
    }

    /// <summary>Label forms that change for (nearly) every matched provision of a level, with an example of each form.</summary>
    public static List<(ProvisionKind Level, LabelForm Old, LabelForm New, string OldExample, string NewExample)> Relabels(List<(Provision Old, Provision New)> pairs)
    {
        var result = new List<(ProvisionKind, LabelForm, LabelForm, string, string)>();
        var forms = pairs.Where(p => p.Old.Kind == p.New.Kind && p.Old.Number is not null && p.New.Number is not null)
            .Select(p => (p.Old.Kind, Number: p.Old.Number!, NewNumber: p.New.Number!, Old: LabelForm.Of(p.Old.Number!, p.Old.Kind), New: LabelForm.Of(p.New.Number!, p.New.Kind)))
            .Where(x => x.Old is not null && x.New is not null).ToList();
        foreach (var level in forms.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            var change = level.Where(f => f.Old != f.New).GroupBy(f => (f.Old, f.New))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Old!.ToString(), StringComparer.Ordinal).FirstOrDefault();
            if (change is null) continue;
            var (from, to) = (change.Key.Old!, change.Key.New!);
            // the rule must give the new number itself, not just its form, for nearly all the provisions it touches
            int good = 0, bad = 0;
            foreach (var f in level.Where(f => f.Old == from))
                if (to.Rewrite(f.Number, from, level.Key) is { } r && r.Written == f.NewNumber.Written && r.Value == f.NewNumber.Value) good++;
                else bad++;
            if (good < MinSupport || bad * 10 > good) continue;
            var sample = change.First().Number;
            result.Add((level.Key, from, to, sample.Written, to.Example(sample, from, level.Key)));
        }
        return result;
    }

    /// <summary>Words replaced the same way in many provisions, each safe to replace everywhere, in the order to apply them.</summary>
    public static List<(string Old, string New)> Replacements(List<(string Old, string New)> texts, CancellationToken ct)
    {
        var changed = texts.Where(t => t.Old != t.New && t.Old.Length > 0).Distinct().ToList();
        var support = new Dictionary<(string, string), int>();
        foreach (var (a, b) in changed)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var c in Candidates(a, b).Distinct())
                support[c] = support.GetValueOrDefault(c) + 1;
        }
        var accepted = new List<(string, string)>();
        var working = changed.ToList();
        foreach (var (candidate, _) in support.Where(kv => kv.Value >= MinSupport)
                     .OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Item1.Length).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            if (accepted.Count == MaxReplacements) break;
            ct.ThrowIfCancellationRequested();
            var (o, n) = candidate;
            if (accepted.Any(x => x.Item1.Contains(o, StringComparison.Ordinal) || o.Contains(x.Item1, StringComparison.Ordinal))) continue;
            // texts that never changed count first (cheap): a word kept somewhere must not be replaced everywhere
            if (texts.Any(t => t.Old == t.New && GlobalEdits.CountWholeWords(t.Old, o) > 0)) continue;
            int better = 0;
            bool worse = false;
            var next = new List<(string Old, string New)>(working.Count);
            foreach (var (a, b) in working)
            {
                var replaced = GlobalEdits.ReplaceWholeWords(a, o, n);
                if (!ReferenceEquals(replaced, a))
                {
                    int before = Distance(a, b), after = Distance(replaced, b);
                    if (after > before) { worse = true; break; }
                    if (after < before) better++;
                }
                next.Add((replaced, b));
            }
            if (better < MinSupport || worse) continue;
            accepted.Add(candidate);
            working = next;
        }
        return accepted;
    }

    // short replaced runs, bare and with one word of context on the left ("Law" → "Act", "this Law" → "this Act")
    private static IEnumerable<(string, string)> Candidates(string a, string b)
    {
        var diff = WordReplacements.Diff(a, b);
        var pa = diff.PiecesOld;
        var pb = diff.PiecesNew;
        foreach (var (start, end, inserted) in WordReplacements.Blocks(diff, pa, pb))
        {
            var del = string.Concat(pa.Skip(start).Take(end - start)).Trim();
            var ins = inserted.Trim();
            if (!del.Any(char.IsLetterOrDigit) || !ins.Any(char.IsLetterOrDigit) || Words(del) > MaxWords || Words(ins) > MaxWords) continue;
            if (WholeWords(del) && WholeWords(ins)) yield return (del, ins);
            int k = start - 1;
            if (k >= 1 && string.IsNullOrWhiteSpace(pa[k]) && pa[k - 1].Any(char.IsLetter)
                && WholeWords(pa[k - 1] + pa[k] + del) && WholeWords(pa[k - 1] + pa[k] + ins))
                yield return (pa[k - 1] + pa[k] + del, pa[k - 1] + pa[k] + ins);
        }
    }

    // begins and ends with a word (or a placeholder in square brackets: "[State]")
    // (a bare number is never replaced everywhere: "7" → "12" is a reference to renumber, not a word)
    private static bool WholeWords(string s) =>
        (char.IsLetterOrDigit(s[0]) || s[0] == '[') && (char.IsLetterOrDigit(s[^1]) || s[^1] == ']') && WordReplacements.Balanced(s) && s.Any(char.IsLetter);

    private static int Words(string s) => WordReplacements.Tokens(s).Count(t => char.IsLetterOrDigit(t[0]));

    private static int Distance(string a, string b) =>
        WordReplacements.Diff(a, b).DiffBlocks.Sum(d => d.DeleteCountA + d.InsertCountB);
}
