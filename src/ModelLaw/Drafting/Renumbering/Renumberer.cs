using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;

namespace ModelLaw.Drafting.Renumbering;

/// <summary>How a new provision is numbered.</summary>
public enum InsertionNumbering
{
    /// <summary>Renumber the following provisions (Article 5 becomes Article 6).</summary>
    Renumber,
    /// <summary>Keep the others; number the new one after its predecessor with a letter ("5a").</summary>
    LetterSuffix,
    /// <summary>Keep the others; number the new one with a Latin suffix ("5 bis", "5 ter").</summary>
    LatinSuffix,
}

/// <summary>Where a provision goes relative to an anchor provision.</summary>
public enum InsertPosition
{
    /// <summary>Just before the anchor, as its sibling.</summary>
    Before,
    /// <summary>Just after the anchor, as its sibling.</summary>
    After,
    /// <summary>As the anchor's last child.</summary>
    LastChild,
}

/// <summary>Options of a tree edit.</summary>
public sealed record RenumberOptions
{
    /// <summary>Numbering of inserted provisions; with anything but <see cref="InsertionNumbering.Renumber"/>, deletions leave the numbers as they are.</summary>
    public InsertionNumbering Numbering { get; init; } = InsertionNumbering.Renumber;
    /// <summary>Rewrite cross-references that pointed at renumbered provisions (default true).</summary>
    public bool UpdateCrossReferences { get; init; } = true;
    /// <summary>The defaults.</summary>
    public static RenumberOptions Default { get; } = new();
}

/// <summary>A provision whose number changed.</summary>
/// <param name="OldCitation">Citation before the edit.</param>
/// <param name="NewCitation">Citation after.</param>
/// <param name="NewEId">eId after.</param>
public sealed record RenumberedProvision(string OldCitation, string NewCitation, string NewEId);

/// <summary>The outcome of an edit: the new document, what was renumbered, which references were rewritten or broke.</summary>
public sealed record EditResult
{
    /// <summary>The edited document.</summary>
    public required LegalDocument Document { get; init; }
    /// <summary>Provisions whose number changed.</summary>
    public ImmutableArray<RenumberedProvision> Renumbered { get; init; } = ImmutableArray<RenumberedProvision>.Empty;
    /// <summary>References rewritten, as "Article 7(1): 'Article 5' → 'Article 6'".</summary>
    public ImmutableArray<string> UpdatedReferences { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>References that pointed at a deleted provision and now dangle.</summary>
    public ImmutableArray<string> BrokenReferences { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>
/// Inserts, deletes and moves provisions in a tree, renumbers the siblings (articles throughout the act) or uses
/// insertion numbering ("5a", "5 bis"), and rewrites every cross-reference that pointed at a renumbered provision.
/// </summary>
public sealed class Renumberer(CrossReferenceExtractor references)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex NumberToken = new(@"(?<![\p{L}\p{N}])(?:\d+(?:\s(?:bis|ter|quater))?[a-z]?|[a-zа-я]{1,4}(?=\))|[IVXLC]{1,6}(?![\p{L}]))", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Creates a renumberer with the default reference extractor.</summary>
    public Renumberer() : this(new CrossReferenceExtractor()) { }

    /// <summary>Inserts <paramref name="provision"/> relative to the provision <paramref name="anchorEId"/>.</summary>
    public EditResult Insert(LegalDocument document, string anchorEId, InsertPosition position, ProvisionBuilder provision, RenumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(provision);
        return Edit(document, options ?? RenumberOptions.Default, (tree, map) =>
        {
            var (parent, index) = Place(tree, map, anchorEId, position);
            parent.Children.Insert(index, provision);
            return [(parent, provision)];
        }, inserted: provision);
    }

    /// <summary>Deletes the provision <paramref name="eId"/>.</summary>
    public EditResult Delete(LegalDocument document, string eId, RenumberOptions? options = null) =>
        Edit(document, options ?? RenumberOptions.Default, (tree, map) =>
        {
            var target = Lookup(map, eId);
            var parent = tree.ParentOf(target);
            var kindSibling = parent.Children.FirstOrDefault(c => c != target && c.Kind == target.Kind);
            parent.Children.Remove(target);
            return kindSibling is null ? [] : [(parent, kindSibling)];
        }, inserted: null);

    /// <summary>Moves the provision <paramref name="eId"/> next to (or into) <paramref name="anchorEId"/>.</summary>
    public EditResult Move(LegalDocument document, string eId, string anchorEId, InsertPosition position, RenumberOptions? options = null) =>
        Edit(document, (options ?? RenumberOptions.Default) with { Numbering = InsertionNumbering.Renumber }, (tree, map) =>
        {
            var moving = Lookup(map, eId);
            var oldParent = tree.ParentOf(moving);
            oldParent.Children.Remove(moving);
            var (parent, index) = Place(tree, map, anchorEId, position);
            parent.Children.Insert(index, moving);
            return [(oldParent, moving), (parent, moving)];
        }, inserted: null);

    private static ProvisionBuilder Lookup(Dictionary<string, ProvisionBuilder> map, string eId) =>
        map.TryGetValue(eId, out var b) ? b : throw new ModelLawException($"no provision with eId '{eId}'");

    private static (ProvisionBuilder Parent, int Index) Place(BuilderTree tree, Dictionary<string, ProvisionBuilder> map, string anchorEId, InsertPosition position)
    {
        var anchor = anchorEId.Length == 0 ? tree.Root : Lookup(map, anchorEId);
        if (position == InsertPosition.LastChild) return (anchor, anchor.Children.Count);
        var parent = tree.ParentOf(anchor);
        var i = parent.Children.IndexOf(anchor);
        return (parent, position == InsertPosition.Before ? i : i + 1);
    }

    private EditResult Edit(LegalDocument document, RenumberOptions options,
        Func<BuilderTree, Dictionary<string, ProvisionBuilder>, List<(ProvisionBuilder Parent, ProvisionBuilder Member)>> apply,
        ProvisionBuilder? inserted)
    {
        ArgumentNullException.ThrowIfNull(document);
        var oldRefs = options.UpdateCrossReferences ? references.Extract(document) : ImmutableArray<CrossReference>.Empty;
        var tree = new BuilderTree(document.Root);
        var oldNumbers = new Dictionary<ProvisionBuilder, ProvisionNumber?>(ReferenceEqualityComparer.Instance);
        foreach (var b in tree.Builders) oldNumbers[b] = b.Number;
        var oldCitation = new Dictionary<ProvisionBuilder, string>(ReferenceEqualityComparer.Instance);
        foreach (var (eId, b) in tree.ByEId) oldCitation[b] = document.FindByEId(eId)?.Citation ?? "";

        var affected = apply(tree, tree.ByEId);
        foreach (var (parent, member) in affected)
        {
            if (member.Number is null) continue;
            if (options.Numbering != InsertionNumbering.Renumber && ReferenceEquals(member, inserted))
                NumberInserted(parent, member, options.Numbering);
            else if (options.Numbering == InsertionNumbering.Renumber)
                Renumber(member.Kind == ProvisionKind.Article ? tree.AllOfKind(ProvisionKind.Article).ToList() : parent.Children.Where(c => c.Kind == member.Kind && c.Number is not null).ToList());
        }

        // rewrite references whose targets changed number, from the end of each text so offsets stay valid
        var updated = ImmutableArray.CreateBuilder<string>();
        var broken = ImmutableArray.CreateBuilder<string>();
        foreach (var group in oldRefs.Where(r => r.Status == ReferenceStatus.Resolved).GroupBy(r => (r.SourceEId, r.Offset, r.Text)).OrderByDescending(g => g.Key.Offset))
        {
            if (!tree.ByEId.TryGetValue(group.Key.SourceEId, out var source) || !tree.Contains(source)) continue;
            var changes = new List<(string Old, string New)>();
            foreach (var r in group)
            {
                foreach (var targetEId in r.Targets)
                {
                    if (!tree.ByEId.TryGetValue(targetEId, out var target) || !tree.Contains(target))
                    {
                        broken.Add($"{r.SourceCitation}: '{r.Text}' pointed at a deleted provision");
                        continue;
                    }
                    foreach (var step in tree.AncestorsAndSelf(target).Take(r.Path.Length))
                        if (oldNumbers.GetValueOrDefault(step) is { } before && step.Number is { } after && before.Value != after.Value)
                            changes.Add((NumberSequence.Token(before.Written), NumberSequence.Token(after.Written)));
                }
            }
            if (changes.Count == 0) continue;
            var (offset, text) = (group.Key.Offset, group.Key.Text);
            if (offset + text.Length > source.Content.Length || source.Content.Substring(offset, text.Length) != text) continue;
            var rewritten = RewriteTokens(text, changes.Distinct().ToList());
            if (rewritten == text) continue;
            source.Content = source.Content[..offset] + rewritten + source.Content[(offset + text.Length)..];
            updated.Add($"{group.First().SourceCitation}: '{text}' → '{rewritten}'");
        }

        var newRoot = tree.Root.Build();
        var newDoc = document with { Root = newRoot };
        var renumbered = ImmutableArray.CreateBuilder<RenumberedProvision>();
        var newEIds = BuilderTree.MapEIds(tree.Root, newRoot);
        foreach (var b in tree.Builders.Where(tree.Contains))
            if (oldNumbers.GetValueOrDefault(b) is { } before && b.Number is { } after && before.Written != after.Written)
                renumbered.Add(new RenumberedProvision(oldCitation[b], newDoc.FindByEId(newEIds[b])?.Citation ?? after.Written, newEIds[b]));
        return new EditResult { Document = newDoc, Renumbered = renumbered.ToImmutable(), UpdatedReferences = updated.ToImmutable(), BrokenReferences = broken.ToImmutable() };
    }

    private static string RewriteTokens(string text, List<(string Old, string New)> changes)
    {
        var pending = new List<(string Old, string New)>(changes);
        return NumberToken.Replace(text, m =>
        {
            var i = pending.FindIndex(c => string.Equals(c.Old, m.Value, StringComparison.Ordinal)
                                           || string.Equals(c.Old.Replace(" ", "", StringComparison.Ordinal), m.Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
            if (i < 0) return m.Value;
            var replacement = pending[i].New;
            pending.RemoveAt(i);
            return replacement;
        });
    }

    private static void Renumber(List<ProvisionBuilder> siblings)
    {
        if (siblings.Count == 0) return;
        var first = siblings[0].Number!;
        var style = NumberSequence.StyleOf(first, siblings[0].Kind);
        const int start = 1; // sibling lists and articles are numbered from one
        for (int i = 0; i < siblings.Count; i++)
        {
            var b = siblings[i];
            var n = start + i;
            var token = NumberSequence.Format(style, n);
            b.Number = new ProvisionNumber(NumberSequence.Rewrite(b.Number!.Written, token), NumberSequence.Value(style, b.Kind, n), n);
        }
    }

    private static void NumberInserted(ProvisionBuilder parent, ProvisionBuilder inserted, InsertionNumbering numbering)
    {
        var siblings = parent.Children.Where(c => c.Kind == inserted.Kind && c.Number is not null).ToList();
        var at = siblings.IndexOf(inserted);
        var prev = at > 0 ? siblings[at - 1] : null;
        if (prev?.Number is null) return;
        var baseToken = Regex.Match(prev.Number.Value, @"^\d+", RegexOptions.None, Timeout).Value;
        if (baseToken.Length == 0) baseToken = prev.Number.Value;
        var latin = Text.LatinInsertions.Words;
        var taken = siblings.Where(s => s != inserted).Select(s => s.Number!.Value).ToHashSet(StringComparer.Ordinal);
        for (int k = 0; k < latin.Length; k++)
        {
            var value = baseToken + (char)('a' + k);
            if (taken.Contains(value)) continue;
            var token = numbering == InsertionNumbering.LatinSuffix ? $"{baseToken} {latin[k]}" : value;
            inserted.Number = new ProvisionNumber(NumberSequence.Rewrite(prev.Number.Written, token), value, prev.Number.Ordinal);
            return;
        }
    }

    /// <summary>Builders of a whole tree with parent links and the eIds they had before the edit.</summary>
    private sealed class BuilderTree
    {
        private readonly Dictionary<ProvisionBuilder, ProvisionBuilder> _parent = new(ReferenceEqualityComparer.Instance);

        public BuilderTree(Provision root)
        {
            Root = ProvisionBuilder.From(root);
            Walk(root, Root);
        }

        public ProvisionBuilder Root { get; }
        public Dictionary<string, ProvisionBuilder> ByEId { get; } = new(StringComparer.Ordinal);
        public List<ProvisionBuilder> Builders { get; } = new();

        private void Walk(Provision p, ProvisionBuilder b)
        {
            Builders.Add(b);
            ByEId[p.EId] = b;
            for (int i = 0; i < p.Children.Length; i++)
            {
                _parent[b.Children[i]] = b;
                Walk(p.Children[i], b.Children[i]);
            }
        }

        public ProvisionBuilder ParentOf(ProvisionBuilder b) =>
            Find(Root, b) ?? throw new ModelLawException("the root provision has no parent");

        private static ProvisionBuilder? Find(ProvisionBuilder from, ProvisionBuilder child)
        {
            foreach (var c in from.Children)
            {
                if (ReferenceEquals(c, child)) return from;
                if (Find(c, child) is { } found) return found;
            }
            return null;
        }

        public bool Contains(ProvisionBuilder b) => ReferenceEquals(b, Root) || Find(Root, b) is not null;

        public IEnumerable<ProvisionBuilder> AncestorsAndSelf(ProvisionBuilder b)
        {
            for (var x = b; x is not null && !ReferenceEquals(x, Root); x = Find(Root, x)) yield return x;
        }

        public IEnumerable<ProvisionBuilder> AllOfKind(ProvisionKind kind)
        {
            var stack = new Stack<ProvisionBuilder>();
            stack.Push(Root);
            while (stack.Count > 0)
            {
                var b = stack.Pop();
                if (b.Kind == kind && b.Number is not null) yield return b;
                for (int i = b.Children.Count - 1; i >= 0; i--) stack.Push(b.Children[i]);
            }
        }

        public static Dictionary<ProvisionBuilder, string> MapEIds(ProvisionBuilder b, Provision p)
        {
            var map = new Dictionary<ProvisionBuilder, string>(ReferenceEqualityComparer.Instance);
            void Walk(ProvisionBuilder x, Provision y)
            {
                map[x] = y.EId;
                for (int i = 0; i < x.Children.Count; i++) Walk(x.Children[i], y.Children[i]);
            }
            Walk(b, p);
            return map;
        }
    }
}
