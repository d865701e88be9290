using System.Collections.Immutable;
using System.Text;

namespace ModelLaw.Documents;

/// <summary>
/// One node of a provision tree: an article, a paragraph, a point, a chapter...
/// Immutable; made by <see cref="ProvisionBuilder"/>. Two provisions are equal when their kind, number,
/// heading, text, tags and children are equal; identifiers and source spans do not take part.
/// </summary>
public sealed class Provision : IEquatable<Provision>
{
    internal Provision(
        ProvisionKind kind,
        ProvisionNumber? number,
        string? heading,
        string content,
        string? wrapUp,
        ImmutableArray<Provision> children,
        ImmutableArray<string> tags,
        string eId,
        string citation,
        SourceSpan? span,
        ImmutableArray<string> notes = default,
        bool isRepealed = false)
    {
        Notes = notes.IsDefault ? ImmutableArray<string>.Empty : notes;
        IsRepealed = isRepealed;
        Kind = kind;
        Number = number;
        Heading = heading;
        Content = content;
        WrapUp = wrapUp;
        Children = children;
        Tags = tags;
        EId = eId;
        Citation = citation;
        Span = span;
        ContentHash = ComputeHash();
    }

    /// <summary>Structural kind.</summary>
    public ProvisionKind Kind { get; }

    /// <summary>Number as written and normalised; null for unnumbered provisions.</summary>
    public ProvisionNumber? Number { get; }

    /// <summary>Heading ("Scope", "Сфера действия"), or null.</summary>
    public string? Heading { get; }

    /// <summary>
    /// The provision's own text: the whole text of a leaf, or the introductory words (AKN <c>intro</c>) of a provision
    /// with children. Lines are joined with '\n'. Empty when the provision has no text of its own.
    /// </summary>
    public string Content { get; }

    /// <summary>Closing words after the children (AKN <c>wrapUp</c>), or null.</summary>
    public string? WrapUp { get; }

    /// <summary>Sub-provisions in document order.</summary>
    public ImmutableArray<Provision> Children { get; }

    /// <summary>Free tags, e.g. the ids of principles a model provision implements.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>
    /// Editorial notes read off the provision's heading line rather than its text: footnote and amendment markers
    /// ("[1]", "&lt;*&gt;", "*", "¹", "(as amended ...)") and repeal notes ("(repealed)", "[Repealed, 2015, c. 32, s. 6]").
    /// </summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>True when the provision is kept only as a repealed unit ("Article 6 (repealed)", "[Repealed]", "утратила силу").</summary>
    public bool IsRepealed { get; }

    /// <summary>Akoma-Ntoso-style identifier, unique in its document: <c>chp_2__art_5__para_2__point_a</c>. Empty for the root.</summary>
    public string EId { get; }

    /// <summary>Human citation: "Article 5(2)(a)", "Chapter II", "Annex I".</summary>
    public string Citation { get; }

    /// <summary>Where the provision stands in its source, when known.</summary>
    public SourceSpan? Span { get; }

    /// <summary>Stable 64-bit hash of the provision's content (kind, number, heading, text, tags, children); equal trees have equal hashes.</summary>
    public ulong ContentHash { get; }

    /// <summary>True when the provision has sub-provisions.</summary>
    public bool HasChildren => !Children.IsEmpty;

    /// <summary>This provision and all below it, depth first in document order.</summary>
    public IEnumerable<Provision> DescendantsAndSelf()
    {
        var stack = new Stack<Provision>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            yield return p;
            for (int i = p.Children.Length - 1; i >= 0; i--) stack.Push(p.Children[i]);
        }
    }

    /// <summary>All provisions below this one, depth first in document order.</summary>
    public IEnumerable<Provision> Descendants() => DescendantsAndSelf().Skip(1);

    /// <summary>
    /// The full text of the provision and everything below it (own text, children, wrap-up), without numbers or headings,
    /// joined with '\n'.
    /// </summary>
    public string FullText()
    {
        var sb = new StringBuilder();
        AppendText(sb, this);
        return sb.ToString();

        static void AppendText(StringBuilder sb, Provision p)
        {
            Append(sb, p.Content);
            foreach (var c in p.Children) AppendText(sb, c);
            Append(sb, p.WrapUp);
        }

        static void Append(StringBuilder sb, string? s)
        {
            if (string.IsNullOrEmpty(s)) return;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(s);
        }
    }

    /// <summary>A short label for outlines: number and heading, or the first words of the text.</summary>
    public string Label
    {
        get
        {
            var num = Number?.Written;
            if (Heading is { Length: > 0 } h) return num is null ? h : $"{num} — {h}";
            return num ?? (Content.Length > 60 ? Content[..60] + "…" : Content);
        }
    }

    /// <inheritdoc />
    public bool Equals(Provision? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.ContentHash != ContentHash) return false;
        return Kind == other.Kind
            && Number?.Written == other.Number?.Written
            && Number?.Value == other.Number?.Value
            && Heading == other.Heading
            && Content == other.Content
            && WrapUp == other.WrapUp
            && IsRepealed == other.IsRepealed
            && Notes.SequenceEqual(other.Notes)
            && Tags.SequenceEqual(other.Tags)
            && Children.SequenceEqual(other.Children);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Provision p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => ContentHash.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => string.IsNullOrEmpty(Citation) ? Kind.ToString() : Citation;

    private ulong ComputeHash()
    {
        var h = new ContentHasher();
        h.Add((int)Kind);
        h.Add(Number?.Written);
        h.Add(Number?.Value);
        h.Add(Heading);
        h.Add(Content);
        h.Add(WrapUp);
        foreach (var t in Tags) h.Add(t);
        // notes and repeal only when present, so the hashes of trees without them stay as they were
        if (IsRepealed) h.Add(0x5EA1);
        foreach (var n in Notes) h.Add(n);
        foreach (var c in Children) h.Add(c.ContentHash);
        return h.Value;
    }
}

/// <summary>FNV-1a 64-bit: deterministic across processes and platforms, unlike string.GetHashCode.</summary>
internal struct Fnv64
{
    private const ulong Prime = 1099511628211UL;
    private ulong _h;

    public Fnv64() => _h = 14695981039346656037UL;

    public readonly ulong Value => _h;

    public void Add(string? s)
    {
        if (s is null) { Add(0xFFFF_FFFFUL); return; }
        foreach (char c in s) { _h ^= c; _h *= Prime; }
        Add((ulong)s.Length);
    }

    public void Add(int v) => Add((ulong)(uint)v);

    public void Add(ulong v)
    {
        for (int i = 0; i < 8; i++) { _h ^= (byte)(v >> (i * 8)); _h *= Prime; }
    }
}
