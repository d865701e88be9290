using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Drafting.Renumbering;

namespace ModelLaw.Drafting.Lint;

/// <summary>
/// Numbering: two provisions with one number (ML103, naming both), numbers skipped (ML102) and a label line written twice
/// (ML111). Each sequence is read in its own scheme (Roman annexes, letters, "10 bis", "5A", "4.01"); articles, and the
/// sections of a section-style text, are numbered through the whole text, other levels within their parent. Stateless.
/// </summary>
internal static class NumberingCheck
{
    private static readonly Regex Repealed = new(
        @"^\s*(?:[—–\-_]{3,}|\.{3,}|…+|[\[(]?\s*(?:deleted|repealed|omitted|spent|abrogée?s?|supprimée?s?|derogad[oa]|утратил[аои]?\s+силу)\b[^\])]*[\])]?)\s*\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static void Run(LegalDocument document, FindingSink sink, CancellationToken ct)
    {
        var index = new ProvisionIndex(document);
        foreach (var sequence in Sequences(index))
        {
            ct.ThrowIfCancellationRequested();
            var (scheme, places) = NumberSequence.Read(sequence.Select(p => p.Number!).ToList());
            foreach (var (start, end) in Runs(sequence, places, index))
                Check(sequence, places, start, end, scheme, sink, index);
        }
    }

    /// <summary>True for an empty provision followed by a sibling with the same label: one heading line written twice.</summary>
    public static bool IsRepeatedLabel(LegalDocument document, Provision p) => IsEmpty(p) && NextOf(document.Root, p) is { } next && SameLabel(p, next);

    private static bool IsEmpty(Provision p) => p.Content.Trim().Length == 0 && !p.HasChildren && string.IsNullOrWhiteSpace(p.WrapUp) && string.IsNullOrWhiteSpace(p.Heading);

    private static bool SameLabel(Provision a, Provision b) =>
        a.Kind == b.Kind && a.Number is { } x && b.Number is { } y && string.Equals(x.Written.Trim(), y.Written.Trim(), StringComparison.Ordinal);

    private static Provision? NextOf(Provision root, Provision p)
    {
        foreach (var node in root.DescendantsAndSelf())
        {
            var i = node.Children.IndexOf(p);
            if (i >= 0) return i + 1 < node.Children.Length ? node.Children[i + 1] : null;
        }
        return null;
    }

    private static IEnumerable<List<Provision>> Sequences(ProvisionIndex index)
    {
        static bool Wide(ProvisionKind k) => k.IsUnit();
        // articles are numbered through the text, and through each annex that has its own
        foreach (var g in index.All.Where(p => p.Number is not null && Wide(p.Kind)).GroupBy(p => (p.Kind, index.Enclosing(p, ProvisionKind.Annex)?.EId ?? "")))
            yield return g.ToList();
        foreach (var parent in index.All)
        {
            var numbered = parent.Children.Where(c => c.Number is not null && !Wide(c.Kind)).ToList();
            // definitions read among paragraphs of one list ("(3) the term ..."—" read as a paragraph between two definitions)
            var others = numbered.Select(c => c.Kind).Where(k => k != ProvisionKind.Definition).Distinct().ToList();
            ProvisionKind KindOf(Provision c) => c.Kind == ProvisionKind.Definition && others.Count == 1 ? others[0] : c.Kind;
            foreach (var g in numbered.GroupBy(KindOf))
                yield return g.ToList();
        }
    }

    // a sequence starts again at 1 in a new part ("Article 1" of each annexed agreement) or after text between two lists
    private static IEnumerable<(int Start, int End)> Runs(List<Provision> sequence, SequencePlace?[] places, ProvisionIndex index)
    {
        int start = 0;
        for (int i = 1; i < sequence.Count; i++)
            if (places[i] is { Ordinal: 1, Insertion: 0 } && !Adjacent(sequence[i - 1], sequence[i], index))
            {
                yield return (start, i);
                start = i;
            }
        yield return (start, sequence.Count);
    }

    private static bool Adjacent(Provision a, Provision b, ProvisionIndex index)
    {
        var parent = index.Parent(a);
        if (parent is null || !ReferenceEquals(parent, index.Parent(b))) return false;
        var i = parent.Children.IndexOf(a);
        return i >= 0 && i + 1 < parent.Children.Length && ReferenceEquals(parent.Children[i + 1], b);
    }

    // block numbering: the first unit of a new division starts at a round number ("§ 3561" opening subchapter III after "§ 3559")
    private static bool StartsBlock(Provision previous, Provision current, SequencePlace place, ProvisionIndex index) =>
        current.Kind.IsUnit() && (place.Ordinal - 1) % 10 == 0 && place.Insertion == 0
        && (!ReferenceEquals(index.Parent(previous), index.Parent(current)) || current.IsRepealed);

    private static void Check(List<Provision> sequence, SequencePlace?[] places, int start, int end, NumberScheme scheme, FindingSink sink, ProvisionIndex index)
    {
        var seen = new Dictionary<SequencePlace, Provision>();
        var duplicates = new HashSet<int>();
        for (int i = start; i < end; i++)
        {
            if (places[i] is not { } place) continue;
            var p = sequence[i];
            if (!seen.TryGetValue(place, out var first)) { seen[place] = p; continue; }
            duplicates.Add(i);
            if (i > start && ReferenceEquals(sequence[i - 1], first) && IsEmpty(first) && SameLabel(first, p))
                sink.Add(DiagnosticSeverity.Warning, "ML111", "repeated-label", first,
                    $"'{p.Number!.Written}' is written twice in a row and the first has no text: a heading line repeated.", p);
            else
                sink.Add(DiagnosticSeverity.Error, "ML103", "numbering-duplicate", p,
                    $"'{p.Number!.Written}' appears twice: {FindingSink.Where(first)} and {FindingSink.Where(p)}.", first);
        }
        for (int i = start + 1; i < end; i++)
        {
            if (places[i] is not { } cur || places[i - 1] is not { } prev || duplicates.Contains(i - 1) || duplicates.Contains(i)) continue;
            if (cur.Ordinal <= prev.Last + 1 || Repealed.IsMatch(LastText(sequence[i - 1])) || Repealed.IsMatch(sequence[i].Content)) continue;
            if (StartsBlock(sequence[i - 1], sequence[i], cur, index)) continue;
            var missing = Enumerable.Range(prev.Last + 1, cur.Ordinal - prev.Last - 1).ToList();
            var names = missing.Count <= 3 ? string.Join(", ", missing.Select(scheme.Write)) : $"{scheme.Write(missing[0])} to {scheme.Write(missing[^1])}";
            sink.Add(DiagnosticSeverity.Warning, "ML102", "numbering-gap", sequence[i],
                $"{sequence[i].Number!.Written} follows {sequence[i - 1].Number!.Written}: {names} {(missing.Count == 1 ? "is" : "are")} missing ({scheme.Name} numbering).");
        }
    }

    private static string LastText(Provision p)
    {
        var last = p;
        while (last.HasChildren) last = last.Children[^1];
        var text = string.IsNullOrWhiteSpace(last.WrapUp) ? last.Content : last.WrapUp!;
        return text.Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? "";
    }
}
