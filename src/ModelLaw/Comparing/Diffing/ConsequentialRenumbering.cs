using System.Collections.Immutable;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Marks the changes of cross-references that only follow the renumbering ("Article ~~36~~ 37" where model Article 36
/// is national Article 37) as <see cref="DiffRun.Consequential"/>: a consequential change, not one of substance. A
/// replaced number counts when the word before it names a provision ("Article", "article", "Статья", "المادة"...) and
/// the comparison links the model provision so cited to the national provision cited instead.
/// </summary>
internal static class ConsequentialRenumbering
{
    public static ImmutableArray<AlignmentLink> Mark(ImmutableArray<AlignmentLink> links)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in links.SelectMany(l => l.DescendantsAndSelf()))
            foreach (var m in l.Model)
                foreach (var n in l.National)
                {
                    if (string.IsNullOrEmpty(m.Citation) || string.IsNullOrEmpty(n.Citation)) continue;
                    if (!map.TryGetValue(Key(m.Citation), out var set)) map[Key(m.Citation)] = set = new(StringComparer.OrdinalIgnoreCase);
                    set.Add(Key(n.Citation));
                }
        return map.Count == 0 ? links : links.Select(l => Mark(l, map)).ToImmutableArray();
    }

    private static AlignmentLink Mark(AlignmentLink link, Dictionary<string, HashSet<string>> map)
    {
        var diff = link.Diff is { } d ? Mark(d, map) : null;
        var children = link.Children.IsEmpty ? link.Children : link.Children.Select(c => Mark(c, map)).ToImmutableArray();
        return ReferenceEquals(diff, link.Diff) && children == link.Children ? link : link with { Diff = diff, Children = children };
    }

    private static TextDiff Mark(TextDiff diff, Dictionary<string, HashSet<string>> map)
    {
        ImmutableArray<DiffRun>.Builder? runs = null;
        for (int i = 1; i + 1 < diff.Runs.Length; i++)
        {
            var (before, del, ins) = (diff.Runs[i - 1], diff.Runs[i], diff.Runs[i + 1]);
            if (before.Operation != DiffOperation.Equal || del.Operation != DiffOperation.Delete || ins.Operation != DiffOperation.Insert) continue;
            var word = LastWord(before.ModelText ?? before.Text);
            if (word.Length == 0 || !IsNumber(del.Text) || !IsNumber(ins.Text)) continue;
            if (!map.TryGetValue(Key(word + " " + del.Text), out var targets) || !targets.Contains(Key(word + " " + ins.Text))) continue;
            runs ??= diff.Runs.ToBuilder();
            runs[i] = del with { Consequential = true };
            runs[i + 1] = ins with { Consequential = true };
        }
        return runs is null ? diff : diff with { Runs = runs.ToImmutable() };
    }

    /// <summary>The word just before a number ("Article " → "Article"), when the text ends with a word and a space.</summary>
    private static string LastWord(string text)
    {
        var t = text.AsSpan();
        if (t.Length == 0 || !char.IsWhiteSpace(t[^1])) return "";
        t = t.TrimEnd();
        int start = t.Length;
        while (start > 0 && char.IsLetter(t[start - 1])) start--;
        return start == t.Length ? "" : t[start..].ToString();
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 24 && char.IsDigit(text[0]) && !text.Any(char.IsWhiteSpace);

    /// <summary>A citation as a key: "Article 5(2)" and "article 5(2)" alike; a plural "Articles" as its singular.</summary>
    private static string Key(string citation)
    {
        var space = citation.IndexOf(' ');
        if (space <= 1) return citation;
        var word = citation[..space];
        if (word.EndsWith('s') && char.IsAsciiLetter(word[0])) word = word[..^1];
        return word + citation[space..];
    }
}
