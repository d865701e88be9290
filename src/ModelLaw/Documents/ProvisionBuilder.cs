using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace ModelLaw.Documents;

/// <summary>
/// Mutable builder for provision trees. Readers fill builders; <see cref="Build()"/> freezes the tree and assigns
/// each node its eId (unique in the tree) and its citation from its position.
/// </summary>
public sealed class ProvisionBuilder
{
    /// <summary>Creates a builder for a provision of the given kind.</summary>
    public ProvisionBuilder(ProvisionKind kind) => Kind = kind;

    /// <summary>Structural kind.</summary>
    public ProvisionKind Kind { get; set; }

    /// <summary>Number, or null when unnumbered.</summary>
    public ProvisionNumber? Number { get; set; }

    /// <summary>Heading, or null.</summary>
    public string? Heading { get; set; }

    /// <summary>Own text (intro of a provision with children).</summary>
    public string Content { get; set; } = "";

    /// <summary>Closing words after the children, or null.</summary>
    public string? WrapUp { get; set; }

    /// <summary>Where it stands in the source.</summary>
    public SourceSpan? Span { get; set; }

    /// <summary>Sub-provisions in order.</summary>
    public List<ProvisionBuilder> Children { get; } = new();

    /// <summary>Free tags (e.g. principle ids).</summary>
    public List<string> Tags => _tags ??= new();

    /// <summary>Editorial notes (footnote, amendment and repeal markers), see <see cref="Provision.Notes"/>.</summary>
    public List<string> Notes => _notes ??= new();

    // made on first use: most provisions of a parsed text have neither
    private List<string>? _tags;
    private List<string>? _notes;

    /// <summary>True for a repealed unit kept in place, see <see cref="Provision.IsRepealed"/>.</summary>
    public bool IsRepealed { get; set; }

    /// <summary>Adds a child and returns it, for chaining.</summary>
    public ProvisionBuilder Add(ProvisionBuilder child)
    {
        Children.Add(child);
        return child;
    }

    /// <summary>Appends a line to <see cref="Content"/>, separated by '\n'.</summary>
    public void AppendContent(string line) => Content = Content.Length == 0 ? line : Content + "\n" + line;

    /// <summary>Makes a builder holding a copy of an existing tree, for editing (renumbering, insertion).</summary>
    public static ProvisionBuilder From(Provision provision)
    {
        var b = new ProvisionBuilder(provision.Kind)
        {
            Number = provision.Number,
            Heading = provision.Heading,
            Content = provision.Content,
            WrapUp = provision.WrapUp,
            Span = provision.Span,
            IsRepealed = provision.IsRepealed,
        };
        b.Tags.AddRange(provision.Tags);
        b.Notes.AddRange(provision.Notes);
        foreach (var c in provision.Children) b.Children.Add(From(c));
        return b;
    }

    /// <summary>Freezes this builder (as the root of a tree) into an immutable provision.</summary>
    public Provision Build() => Build(this, parent: null);

    private static Provision Build(ProvisionBuilder b, ParentContext? parent)
    {
        var eId = parent is null ? "" : parent.NextEId(b);
        var citation = parent is null ? "" : parent.CitationOf(b);
        var children = ImmutableArray<Provision>.Empty;
        if (b.Children.Count > 0)
        {
            var ctx = new ParentContext(eId, citation, b.Kind, b.Children.Count);
            var built = new Provision[b.Children.Count];
            for (int i = 0; i < built.Length; i++) built[i] = Build(b.Children[i], ctx);
            children = ImmutableCollectionsMarshal.AsImmutableArray(built);
        }
        return new Provision(b.Kind, b.Number, Normalise(b.Heading), b.Content, Normalise(b.WrapUp),
            children, Frozen(b._tags), eId, citation, b.Span, Frozen(b._notes), b.IsRepealed);
    }

    private static ImmutableArray<string> Frozen(List<string>? list) =>
        list is null || list.Count == 0 ? ImmutableArray<string>.Empty : list.ToImmutableArray();

    private static string? Normalise(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>
    /// Reduces a number value to the characters allowed in an eId component. A dot or hyphen between two numbers becomes a hyphen,
    /// so an inserted "11.1" or "5-1" stays apart from "111" and "51" (art_11-1); other punctuation is dropped. Letters keep
    /// their case, as the Akoma Ntoso naming convention has it ("the representation is case-sensitive"): section 5A is
    /// sec_5A, article 5a is art_5a.
    /// </summary>
    internal static string EIdToken(string value)
    {
        var into = value.Length <= 64 ? stackalloc char[value.Length] : new char[value.Length];
        return new string(into[..EIdToken(value, into)]);
    }

    /// <summary>Writes <see cref="EIdToken(string)"/> into <paramref name="into"/> (as long as the value) and returns its length.</summary>
    private static int EIdToken(string value, Span<char> into)
    {
        int n = 0;
        for (int i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsLetterOrDigit(ch)) into[n++] = ch;
            else if (ch is '.' or '-' or '\u2010' or '\u2011' && n > 0 && char.IsDigit(value[i - 1])
                     && i + 1 < value.Length && char.IsLetterOrDigit(value[i + 1]) && into[n - 1] != '-')
                into[n++] = '-';
        }
        return n;
    }

    private sealed class ParentContext(string eId, string citation, ProvisionKind kind, int children)
    {
        // the eIds given to the children so far (whole eIds: the parent's part is the same for all of them)
        private readonly HashSet<string> _used = new(children, StringComparer.Ordinal);
        private Dictionary<string, int>? _positional;
        private Dictionary<string, int>? _nextSuffix;
        private Dictionary<ProvisionKind, int>? _unnumberedCount;

        public string NextEId(ProvisionBuilder child)
        {
            var prefix = child.Kind.EIdPrefix();
            Span<char> buffer = stackalloc char[64];
            var value = child.Number?.Value ?? "";
            var token = value.Length <= buffer.Length ? buffer[..EIdToken(value, buffer)] : EIdToken(value).AsSpan();
            string candidate;
            if (token.Length == 0)
            {
                _positional ??= new(StringComparer.Ordinal);
                _positional.TryGetValue(prefix, out var k);
                _positional[prefix] = ++k;
                candidate = eId.Length == 0 ? $"{prefix}_{k}" : $"{eId}__{prefix}_{k}";
            }
            else candidate = eId.Length == 0 ? $"{prefix}_{token}" : $"{eId}__{prefix}_{token}";
            if (_used.Add(candidate)) return candidate;
            // suffixes below the hint are taken already (_used only grows): many equal numbers stay linear, not quadratic
            _nextSuffix ??= new(StringComparer.Ordinal);
            var local = candidate;
            int i = _nextSuffix.GetValueOrDefault(local, 2);
            while (!_used.Add(candidate = $"{local}-{i}")) i++;
            _nextSuffix[local] = i + 1;
            return candidate;
        }

        public string CitationOf(ProvisionBuilder child)
        {
            var value = child.Number?.Value;
            switch (child.Kind)
            {
                case ProvisionKind.ActSection:
                    return SectionCitation(child);
                case ProvisionKind.CrossHeading:
                    return child.Heading ?? "Heading";
                case var k when k.IsDivision() || k is ProvisionKind.Article or ProvisionKind.Annex:
                    return child.Number?.Written ?? (child.Heading ?? child.Kind.ToString());
                case ProvisionKind.Preamble:
                    return "Preamble";
                case ProvisionKind.Recital:
                    return value is null ? $"Recital {Count(child.Kind)}" : $"Recital ({value})";
                case ProvisionKind.Paragraph or ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition
                    when value is not null:
                    return InsideCitableParent ? $"{citation}({value})" : $"{child.Kind} {value}";
                case var k when k.IsActLevel() && value is not null:
                    return InsideCitableParent ? $"{citation}({value})" : $"{child.Kind} {value}";
                default:
                    var n = Count(child.Kind);
                    var what = child.Kind.ToLevelName();
                    return InsideCitableParent ? $"{citation}, {what} {n}" : $"{child.Kind} {n}";
            }
        }

        /// <summary>"§ 3501" for a section written with the section sign, else "Section 5A" ("12.—", "2", "Sec. 2." all cite so).</summary>
        private static string SectionCitation(ProvisionBuilder section)
        {
            var value = section.Number?.Value;
            if (value is null) return section.Heading ?? "Section";
            var written = section.Number!.Written.TrimStart('[');
            return written.StartsWith('§') ? $"§ {value}" : $"Section {value}";
        }

        private bool InsideCitableParent => citation.Length > 0 && !kind.IsDivision() && kind != ProvisionKind.Preamble;

        private int Count(ProvisionKind k)
        {
            _unnumberedCount ??= new();
            _unnumberedCount.TryGetValue(k, out var c);
            _unnumberedCount[k] = ++c;
            return c;
        }
    }
}
