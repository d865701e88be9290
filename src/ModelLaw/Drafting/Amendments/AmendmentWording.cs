using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>One step of a provision's path as an amending act names it: level, number token ("5", "a"), and whether it is numbered at all (else the token is its position).</summary>
internal readonly record struct PathStep(ProvisionKind Kind, string Token, bool Numbered = true);

/// <summary>
/// Where an insert or a move puts a provision: in <see cref="Parent"/> (empty = the top level), after <see cref="After"/>;
/// when nothing precedes it, before <see cref="Before"/> (or alone). <see cref="AfterIsHeading"/>: the provision follows
/// a division heading, so it opens that division. <see cref="Division"/>: the division it lands in, named when a move
/// changes division.
/// </summary>
internal sealed record Place(
    IReadOnlyList<PathStep> Parent, IReadOnlyList<PathStep>? After, bool AfterIsHeading, IReadOnlyList<PathStep>? Before, IReadOnlyList<PathStep>? Division);

/// <summary>Provisions renumbered together: <see cref="Range"/> when old and new numbers both run on ("27 to 29"), else listed.</summary>
internal sealed record RenumberSegment(IReadOnlyList<(string Old, string New)> Tokens, bool Range);

/// <summary>Provisions of one level in one container renumbered by one instruction, in segments.</summary>
internal sealed record RenumberGroup(IReadOnlyList<PathStep> Parent, ProvisionKind Kind, IReadOnlyList<RenumberSegment> Segments);

/// <summary>
/// How an amending act words its instructions in one language: English ("Article 12 is deleted."), French
/// ("L'article 12 est supprimé.") and Russian ("Статью 12 признать утратившей силу."). Citations name provisions as
/// the text stands when the instruction applies.
/// </summary>
internal abstract class AmendmentWording
{
    public static AmendmentWording For(string language) => language switch
    {
        "fr" => new FrenchWording(),
        "ru" => new RussianWording(),
        _ => new EnglishWording(),
    };

    public string Render(AmendingAct act)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Introduction(act.AmendedTitle));
        sb.AppendLine();
        foreach (var i in act.Instructions)
        {
            sb.Append(i.Number).Append(") ").AppendLine(i.Text);
            sb.AppendLine();
        }
        return sb.ToString().TrimEnd() + "\n";
    }

    public abstract string Introduction(string title);

    public abstract string Delete(IReadOnlyList<PathStep> target);

    public abstract string Replace(IReadOnlyList<PathStep> target, string payload);

    public abstract string Insert(Place place, PathStep inserted, string payload);

    public abstract string Move(IReadOnlyList<PathStep> target, Place place, PathStep? renumbered);

    public abstract string ReplaceWords(IReadOnlyList<PathStep> target, string oldWords, string newWords);

    public abstract string ReplaceText(IReadOnlyList<PathStep> target, string text);

    public abstract string ReplaceHeading(IReadOnlyList<PathStep> target, string? heading);

    public abstract string Throughout(string oldWords, string newWords);

    public abstract string Relabel(ProvisionKind level, string oldExample, string newExample);

    protected abstract string Renumber(RenumberGroup group);

    /// <summary>Several groups renumbered at once: one sentence each, joined.</summary>
    public string Renumber(IReadOnlyList<RenumberGroup> groups) => string.Join(" ", groups.Select(Renumber));

    /// <summary>True when the words are one word (or number) only: "the word ‘Law’", not "the words".</summary>
    protected static bool OneWord(string s) => s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    protected static string Quote(string payload, string open, string close) => open + payload + close;

    protected static IReadOnlyList<PathStep> Init(IReadOnlyList<PathStep> path) => path.Take(path.Count - 1).ToList();

    protected static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    protected static string Ordinal(IReadOnlyList<string> words, string token) =>
        int.TryParse(token, out var n) && n >= 1 && n <= words.Count ? words[n - 1] : token;

    /// <summary>
    /// Groups the renumberings of one instruction by container and level, in order; within a group, provisions whose old
    /// and new numbers both run on by one (three or more) make a range, the others stand alone (two alone make a pair).
    /// </summary>
    public static List<RenumberGroup> Group(IReadOnlyList<(IReadOnlyList<PathStep> Path, ProvisionNumber Old, ProvisionNumber New, PathStep NewStep)> items)
    {
        var groups = new List<RenumberGroup>();
        var run = new List<(IReadOnlyList<PathStep> Path, ProvisionNumber Old, ProvisionNumber New, PathStep NewStep)>();
        void Flush()
        {
            if (run.Count == 0) return;
            groups.Add(new RenumberGroup(Init(run[0].Path), run[0].Path[^1].Kind, Segments(run)));
            run.Clear();
        }
        foreach (var item in items)
        {
            if (run.Count > 0 && (run[0].Path[^1].Kind != item.Path[^1].Kind || !Init(run[0].Path).SequenceEqual(Init(item.Path)))) Flush();
            run.Add(item);
        }
        Flush();
        return groups;
    }

    private static List<RenumberSegment> Segments(List<(IReadOnlyList<PathStep> Path, ProvisionNumber Old, ProvisionNumber New, PathStep NewStep)> run)
    {
        static bool RunsOn((IReadOnlyList<PathStep> Path, ProvisionNumber Old, ProvisionNumber New, PathStep NewStep) a,
            (IReadOnlyList<PathStep> Path, ProvisionNumber Old, ProvisionNumber New, PathStep NewStep) b) =>
            a.Old.Ordinal + 1 == b.Old.Ordinal && a.New.Ordinal + 1 == b.New.Ordinal;
        var segments = new List<RenumberSegment>();
        for (int i = 0; i < run.Count;)
        {
            int j = i + 1;
            while (j < run.Count && RunsOn(run[j - 1], run[j])) j++;
            var tokens = run.Skip(i).Take(j - i).Select(r => (r.Path[^1].Token, r.NewStep.Token)).ToList();
            if (tokens.Count >= 3) segments.Add(new RenumberSegment(tokens, true));
            else segments.AddRange(tokens.Select(t => new RenumberSegment([t], false)));
            i = j;
        }
        if (segments.Count == 2 && segments.All(s => !s.Range)) return [new RenumberSegment([.. segments.SelectMany(s => s.Tokens)], false)];
        return segments;
    }

    /// <summary>"a", "a and b", "a, b and c" with the language's "and".</summary>
    protected static string Join(IReadOnlyList<string> parts, string and) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + $" {and} " + parts[^1];
}
