using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>Options of the amendment generator.</summary>
public sealed record AmendmentOptions
{
    /// <summary>Language of the wording; null to use the language of the text amended.</summary>
    public string? Language { get; init; }
    /// <summary>Most word replacements in one provision before the whole article is replaced instead (default 4).</summary>
    public int MaxWordEditsPerProvision { get; init; } = 4;
    /// <summary>Largest share of a provision's words that may change before the whole article is replaced instead (default 0.5).</summary>
    public double MaxChangedShare { get; init; } = 0.5;
    /// <summary>The defaults.</summary>
    public static AmendmentOptions Default { get; } = new();
}

/// <summary>
/// Expresses the difference between two versions of a text (model → national, or old → new draft) as an amending act
/// in the drafting style of en, fr or ru: deletions, replacements, insertions, word replacements, renumbering.
/// Matching uses the comparison's links, then equal content; the instructions are complete, so applying them with
/// <see cref="AmendmentApplier"/> to the old text gives the new one whatever the quality of the alignment.
/// </summary>
public sealed class AmendmentGenerator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Tokens = new(@"\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Generates the amending act turning the comparison's model into its national text.</summary>
    public AmendingAct Generate(Comparison comparison, AmendmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var linked = comparison.AllLinks()
            .Where(l => l.Model.Length == 1 && l.National.Length == 1 && l.Relation is not (AlignmentRelation.Omitted or AlignmentRelation.Added))
            .Select(l => (l.Model[0].EId, l.National[0].EId));
        return Generate(comparison.Model, comparison.National, linked, options, cancellationToken);
    }

    /// <summary>Generates the amending act turning <paramref name="oldText"/> into <paramref name="newText"/>, matching units by content.</summary>
    public AmendingAct Generate(LegalDocument oldText, LegalDocument newText, AmendmentOptions? options = null, CancellationToken cancellationToken = default) =>
        Generate(oldText, newText, [], options, cancellationToken);

    private AmendingAct Generate(LegalDocument oldText, LegalDocument newText, IEnumerable<(string Old, string New)> links,
        AmendmentOptions? options, CancellationToken ct)
    {
        options ??= AmendmentOptions.Default;
        var language = options.Language ?? oldText.Language;
        var wording = AmendmentWording.For(language);
        var oldUnits = UnitSequence.Flatten(oldText.Root);
        var newUnits = UnitSequence.Flatten(newText.Root);
        var index = new ProvisionIndex(oldText);

        var match = MatchUnits(oldUnits, newUnits, links);
        var kept = LongestIncreasing(match.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList()).ToHashSet();
        var newOfOld = match.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        var oldOfNew = newOfOld.ToDictionary(kv => kv.Value, kv => kv.Key);

        var instructions = new List<AmendmentInstruction>();
        AmendmentInstruction Add(AmendmentOperation op, string eId, string citation, string text, Func<AmendmentInstruction, AmendmentInstruction>? with = null)
        {
            var i = new AmendmentInstruction { Number = instructions.Count + 1, Operation = op, TargetEId = eId, TargetCitation = citation, Text = text };
            if (with is not null) i = with(i);
            instructions.Add(i);
            return i;
        }

        // 1. deletions, in the old order
        for (int o = 0; o < oldUnits.Count; o++)
            if (!newOfOld.ContainsKey(o))
                Add(AmendmentOperation.Delete, oldUnits[o].EId, oldUnits[o].Citation, wording.Delete(PathOf(oldUnits[o], index)));

        // 2. changes to the units that stay, in the old order
        var renumbers = new List<(int Old, int New)>();
        for (int o = 0; o < oldUnits.Count; o++)
        {
            ct.ThrowIfCancellationRequested();
            if (!newOfOld.TryGetValue(o, out var n)) continue;
            var (ou, nu) = (oldUnits[o], newUnits[n]);
            if (ou.Provision.Equals(nu.Provision)) continue;
            var edits = ou.IsHeader == nu.IsHeader ? WordEdits(ou, nu, index, wording, options) : null;
            if (edits is null)
            {
                Add(AmendmentOperation.Replace, ou.EId, ou.Citation, wording.Replace(PathOf(ou, index), Render(nu.Provision)),
                    i => i with { NewProvision = nu.Provision, NewIsHeader = nu.IsHeader });
                continue;
            }
            foreach (var e in edits) Add(e.Operation, e.TargetEId, e.TargetCitation, e.Text, i => i with { OldWords = e.OldWords, NewWords = e.NewWords });
            if (ou.Provision.Number?.Written != nu.Provision.Number?.Written) renumbers.Add((o, n));
        }

        // 3. insertions, in the new order, each after its predecessor
        var insertedAt = new Dictionary<int, int>();
        for (int n = 0; n < newUnits.Count; n++)
        {
            if (oldOfNew.ContainsKey(n)) continue;
            var nu = newUnits[n];
            string anchorEId = "", anchorCitation = "";
            int? anchorInstruction = null;
            IReadOnlyList<PathStep>? anchorPath = null;
            if (n > 0)
            {
                if (oldOfNew.TryGetValue(n - 1, out var prevOld))
                {
                    (anchorEId, anchorCitation) = (oldUnits[prevOld].EId, oldUnits[prevOld].Citation);
                    anchorPath = PathOf(oldUnits[prevOld], index);
                }
                else
                {
                    anchorInstruction = insertedAt[n - 1];
                    anchorPath = [Step(newUnits[n - 1].Provision, 1)];
                }
            }
            var step = Step(nu.Provision, 1);
            var ins = Add(AmendmentOperation.Insert, anchorEId, anchorCitation, wording.Insert(anchorPath, anchorInstruction, step, Render(nu.Provision)),
                i => i with { AnchorInstruction = anchorInstruction, NewProvision = nu.Provision, NewIsHeader = nu.IsHeader });
            insertedAt[n] = ins.Number;
        }

        // 4. renumbering last, so every instruction before it cites the old numbers
        foreach (var (o, n) in renumbers)
        {
            var nu = newUnits[n];
            Add(AmendmentOperation.Renumber, oldUnits[o].EId, oldUnits[o].Citation, wording.Renumber(PathOf(oldUnits[o], index), Step(nu.Provision, 1)),
                i => i with { NewNumber = nu.Provision.Number });
        }

        return new AmendingAct { Language = language, AmendedTitle = oldText.Title, Instructions = instructions.ToImmutableArray() };
    }

    /// <summary>Pairs old and new units: links from the comparison first, then equal content, then division headings by heading or number.</summary>
    private static Dictionary<int, int> MatchUnits(List<UnitSequence.Unit> oldUnits, List<UnitSequence.Unit> newUnits, IEnumerable<(string Old, string New)> links)
    {
        var match = new Dictionary<int, int>();
        var usedNew = new HashSet<int>();
        var oldByEId = oldUnits.Select((u, i) => (u.EId, i)).ToDictionary(x => x.EId, x => x.i, StringComparer.Ordinal);
        var newByEId = newUnits.Select((u, i) => (u.EId, i)).ToDictionary(x => x.EId, x => x.i, StringComparer.Ordinal);
        foreach (var (o, n) in links)
            if (oldByEId.TryGetValue(o, out var oi) && newByEId.TryGetValue(n, out var ni) && oldUnits[oi].IsHeader == newUnits[ni].IsHeader
                && !match.ContainsKey(oi) && usedNew.Add(ni))
                match[oi] = ni;

        bool Try(Func<UnitSequence.Unit, UnitSequence.Unit, bool> same)
        {
            for (int o = 0; o < oldUnits.Count; o++)
            {
                if (match.ContainsKey(o)) continue;
                for (int n = 0; n < newUnits.Count; n++)
                    if (!usedNew.Contains(n) && oldUnits[o].IsHeader == newUnits[n].IsHeader && oldUnits[o].Kind == newUnits[n].Kind && same(oldUnits[o], newUnits[n]))
                    {
                        match[o] = n;
                        usedNew.Add(n);
                        break;
                    }
            }
            return true;
        }
        Try((a, b) => a.Provision.Equals(b.Provision));
        Try((a, b) => a.Provision.Heading is { } h && string.Equals(h, b.Provision.Heading, StringComparison.OrdinalIgnoreCase));
        Try((a, b) => a.IsHeader && a.Provision.Number?.Value == b.Provision.Number?.Value);
        return match;
    }

    /// <summary>Indexes (in the given order) of a longest strictly increasing subsequence.</summary>
    private static IEnumerable<int> LongestIncreasing(List<int> seq)
    {
        var tails = new List<int>();
        var prev = new int[seq.Count];
        for (int i = 0; i < seq.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (seq[tails[mid]] < seq[i]) lo = mid + 1; else hi = mid; }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var result = new List<int>();
        for (int k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = prev[k]) result.Add(seq[k]);
        return result;
    }

    private sealed record Edit(AmendmentOperation Operation, string TargetEId, string TargetCitation, string Text, string? OldWords, string? NewWords);

    /// <summary>Word-level edits turning one unit into the other, or null when the shapes differ or the change is too large.</summary>
    private static List<Edit>? WordEdits(UnitSequence.Unit ou, UnitSequence.Unit nu, ProvisionIndex index, AmendmentWording wording, AmendmentOptions options)
    {
        var olds = ou.Provision.DescendantsAndSelf().ToList();
        var news = nu.Provision.DescendantsAndSelf().ToList();
        if (olds.Count != news.Count) return null;
        for (int i = 0; i < olds.Count; i++)
        {
            if (olds[i].Kind != news[i].Kind || olds[i].WrapUp != news[i].WrapUp || olds[i].Children.Length != news[i].Children.Length) return null;
            if (i > 0 && olds[i].Number?.Written != news[i].Number?.Written) return null;
        }
        var edits = new List<Edit>();
        var oldInDoc = ou.IsHeader ? [index.All.First(p => p.EId == ou.EId)] : ou.Provision.DescendantsAndSelf().ToList();
        for (int i = 0; i < olds.Count; i++)
        {
            var target = oldInDoc[i];
            var path = PathOf(target, index);
            if (olds[i].Heading != news[i].Heading)
            {
                if (news[i].Heading is null) return null;
                edits.Add(new Edit(AmendmentOperation.ReplaceHeading, target.EId, target.Citation, wording.ReplaceHeading(path, news[i].Heading!), null, news[i].Heading));
            }
            if (olds[i].Content == news[i].Content) continue;
            var words = Replacements(olds[i].Content, news[i].Content, options);
            if (words is null) return null;
            foreach (var (x, y) in words)
                edits.Add(new Edit(AmendmentOperation.ReplaceWords, target.EId, target.Citation, wording.ReplaceWords(path, x, y), x, y));
        }
        return edits;
    }

    /// <summary>
    /// Unique-span replacements turning <paramref name="a"/> into <paramref name="b"/> when applied in order, or null when too many.
    /// Each old span is widened with neighbouring words until it occurs once in the text it applies to.
    /// </summary>
    internal static List<(string Old, string New)>? Replacements(string a, string b, AmendmentOptions options)
    {
        var ta = Tokens.Matches(a).Select(m => m.Value).ToArray();
        var tb = Tokens.Matches(b).Select(m => m.Value).ToArray();
        var diff = Differ.Instance.CreateDiffs(a, b, false, false, TokenChunker.Instance);
        if (diff.DiffBlocks.Count > options.MaxWordEditsPerProvision) return null;
        int changed = diff.DiffBlocks.Sum(d => d.DeleteCountA);
        if (ta.Length > 0 && changed > options.MaxChangedShare * ta.Length) return null;

        var result = new List<(string, string)>();
        var working = a;
        int delta = 0;
        var offsets = new int[ta.Length + 1];
        for (int i = 0; i < ta.Length; i++) offsets[i + 1] = offsets[i] + ta[i].Length;
        foreach (var block in diff.DiffBlocks)
        {
            int s = block.DeleteStartA, e = block.DeleteStartA + block.DeleteCountA;
            var inserted = string.Concat(tb.Skip(block.InsertStartB).Take(block.InsertCountB));
            int left = s, right = e;
            string Old() => string.Concat(ta[left..right]);
            // widen with neighbouring tokens, alternately left and right, until the old span is non-empty and unique
            for (int step = 0; Old().Trim().Length == 0 || Count(working, Old()) != 1; step++)
            {
                if (left == 0 && right == ta.Length) break;
                if ((step % 2 == 0 && left > 0) || right == ta.Length) left--;
                else right++;
            }
            var oldSpan = Old();
            var newSpan = string.Concat(ta[left..s]) + inserted + string.Concat(ta[e..right]);
            var pos = offsets[left] + delta;
            if (pos < 0 || pos + oldSpan.Length > working.Length || string.CompareOrdinal(working, pos, oldSpan, 0, oldSpan.Length) != 0 || Count(working, oldSpan) != 1)
                return null;
            working = working[..pos] + newSpan + working[(pos + oldSpan.Length)..];
            delta += newSpan.Length - oldSpan.Length;
            result.Add((oldSpan.Trim(), newSpan.Trim()));
            if (Count(working, newSpan) < 1) return null;
        }
        // the trimmed spans must still do the job when applied in order
        var check = a;
        foreach (var (x, y) in result)
        {
            if (x.Length == 0 || Count(check, x) != 1) return null;
            check = ReplaceOnce(check, x, y);
        }
        return check == b ? result : null;
    }

    internal static string ReplaceOnce(string text, string oldWords, string newWords)
    {
        var i = text.IndexOf(oldWords, StringComparison.Ordinal);
        var replaced = text[..i] + newWords + text[(i + oldWords.Length)..];
        // deleting words leaves the spaces around them: keep one
        return newWords.Length == 0 ? CollapseSpaceAt(replaced, i) : replaced;
    }

    private static string CollapseSpaceAt(string s, int i)
    {
        if (i > 0 && i < s.Length && s[i - 1] == ' ' && (s[i] == ' ' || char.IsPunctuation(s[i]))) return s[..(i - 1)] + s[i..];
        if (i == 0 && s.Length > 0 && s[0] == ' ') return s[1..];
        return s;
    }

    internal static int Count(string text, string part)
    {
        if (part.Length == 0) return 0;
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static PathStep Step(Provision p, int position) =>
        new(p.Kind, p.Number is { } n ? Renumbering.NumberSequence.Token(n.Written) : position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static IReadOnlyList<PathStep> PathOf(UnitSequence.Unit unit, ProvisionIndex index) =>
        PathOf(index.All.First(p => p.EId == unit.EId), index);

    // from the article (or division/annex) down to the provision
    private static IReadOnlyList<PathStep> PathOf(Provision p, ProvisionIndex index)
    {
        var chain = index.AncestorsAndSelf(p).TakeWhile(a => a.Kind != ProvisionKind.Document).ToList();
        var stop = chain.FindIndex(a => a.Kind is ProvisionKind.Article or ProvisionKind.Annex or ProvisionKind.Preamble || a.Kind.IsDivision());
        if (stop >= 0) chain = chain.Take(stop + 1).ToList();
        chain.Reverse();
        return chain.Select(a =>
        {
            var parent = index.Parent(a);
            var position = parent is null ? 1 : parent.Children.Where(c => c.Kind == a.Kind).ToList().IndexOf(a) + 1;
            return Step(a, position);
        }).ToList();
    }

    /// <summary>A provision as the quoted text of an instruction: number and heading, then its text and its children's.</summary>
    internal static string Render(Provision p)
    {
        var sb = new StringBuilder();
        void Walk(Provision x)
        {
            var body = x.Content;
            if (x.Kind.IsDivision() || x.Kind is ProvisionKind.Article or ProvisionKind.Annex)
            {
                // "Article 5" and its heading on lines of their own, as acts print them
                if (x.Number is { } n) sb.AppendLine(n.Written);
                if (!string.IsNullOrEmpty(x.Heading)) sb.AppendLine(x.Heading);
                if (body.Length > 0) sb.AppendLine(body);
            }
            else
            {
                var head = string.Join(" ", new[] { x.Number?.Written, x.Heading }.Where(s => !string.IsNullOrEmpty(s)));
                var line = string.Join(" ", new[] { head, body }.Where(s => s.Length > 0));
                if (line.Length > 0) sb.AppendLine(line);
            }
            foreach (var c in x.Children) Walk(c);
            if (x.WrapUp is { Length: > 0 } w) sb.AppendLine(w);
        }
        Walk(p);
        return sb.ToString().TrimEnd();
    }

    /// <summary>DiffPlex chunker: words, runs of spaces and single punctuation marks are tokens, so spacing survives the diff.</summary>
    private sealed class TokenChunker : IChunker
    {
        public static TokenChunker Instance { get; } = new();
        public IReadOnlyList<string> Chunk(string text) => Tokens.Matches(text).Select(m => m.Value).ToArray();
    }
}
