using System.Collections.Immutable;
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
    public List<string> Tags { get; } = new();

    /// <summary>Editorial notes (footnote, amendment and repeal markers), see <see cref="Provision.Notes"/>.</summary>
    public List<string> Notes { get; } = new();

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
        var ctx = new ParentContext(eId, citation, b.Kind);
        var children = ImmutableArray.CreateBuilder<Provision>(b.Children.Count);
        foreach (var c in b.Children) children.Add(Build(c, ctx));
        return new Provision(b.Kind, b.Number, Normalise(b.Heading), b.Content, Normalise(b.WrapUp),
            children.MoveToImmutable(), b.Tags.ToImmutableArray(), eId, citation, b.Span,
            b.Notes.Count == 0 ? ImmutableArray<string>.Empty : b.Notes.ToImmutableArray(), b.IsRepealed);
    }

    private static string? Normalise(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>
    /// Reduces a number value to the characters allowed in an eId component. A dot or hyphen between two numbers becomes a hyphen,
    /// so an inserted "11.1" or "5-1" stays apart from "111" and "51" (art_11-1); other punctuation is dropped.
    /// </summary>
    internal static string EIdToken(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch is '.' or '-' or '\u2010' or '\u2011' && sb.Length > 0 && char.IsDigit(value[i - 1])
                     && i + 1 < value.Length && char.IsLetterOrDigit(value[i + 1]) && sb[^1] != '-')
                sb.Append('-');
        }
        return sb.ToString();
    }

    private sealed class ParentContext(string eId, string citation, ProvisionKind kind)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _positional = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
        private readonly Dictionary<ProvisionKind, int> _unnumberedCount = new();

        public string NextEId(ProvisionBuilder child)
        {
            var prefix = child.Kind.EIdPrefix();
            var token = child.Number is { } n ? EIdToken(n.Value) : "";
            if (token.Length == 0)
            {
                _positional.TryGetValue(prefix, out var k);
                token = (++k).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _positional[prefix] = k;
            }
            var local = $"{prefix}_{token}";
            var candidate = local;
            // suffixes below the hint are taken already (_used only grows): many equal numbers stay linear, not quadratic
            int i = _nextSuffix.GetValueOrDefault(local, 2);
            if (!_used.Add(candidate))
            {
                while (!_used.Add(candidate = $"{local}-{i}")) i++;
                _nextSuffix[local] = i + 1;
            }
            return eId.Length == 0 ? candidate : $"{eId}__{candidate}";
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
            _unnumberedCount.TryGetValue(k, out var c);
            _unnumberedCount[k] = ++c;
            return c;
        }
    }
}
