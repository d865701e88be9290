using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// A text while an amending act applies to it: the flat sequence of units (division headings, articles, annexes,
/// preamble; see <see cref="UnitSequence"/>) with the provisions below each unit as a tree. Every provision of the
/// original text keeps its eId as a label whatever happens to its number or place; a provision inserted by instruction
/// n is labelled "#n". Not thread-safe: one per application.
/// </summary>
internal sealed class AmendedText
{
    internal sealed class Node
    {
        public string? Label { get; init; }
        public required ProvisionKind Kind { get; init; }
        public ProvisionNumber? Number { get; set; }
        public string? Heading { get; set; }
        public string Content { get; set; } = "";
        public string? WrapUp { get; set; }
        public List<string> Tags { get; } = new();
        public bool IsHeader { get; set; }
        public Node? Parent { get; set; }
        public List<Node> Children { get; } = new();

        public Provision ToProvision() => ToBuilder().Build();

        public ProvisionBuilder ToBuilder()
        {
            var b = new ProvisionBuilder(Kind) { Number = Number, Heading = Heading, Content = Content, WrapUp = WrapUp };
            b.Tags.AddRange(Tags);
            foreach (var c in Children) b.Children.Add(c.ToBuilder());
            return b;
        }

        public IEnumerable<Node> DescendantsAndSelf()
        {
            yield return this;
            foreach (var c in Children)
                foreach (var d in c.DescendantsAndSelf())
                    yield return d;
        }
    }

    private readonly Dictionary<string, Node> _byLabel = new(StringComparer.Ordinal);

    /// <summary>The top level, in reading order.</summary>
    public List<Node> Units { get; } = new();

    private AmendedText() { }

    /// <summary>A copy of one unit alone, labels kept: instructions planned on it apply unchanged to the whole text.</summary>
    public static AmendedText TrialOf(Node unit)
    {
        var trial = new AmendedText();
        trial.Units.Add(trial.Copy(unit, null));
        return trial;
    }

    private Node Copy(Node n, Node? parent)
    {
        var c = new Node { Label = n.Label, Kind = n.Kind, Number = n.Number, Heading = n.Heading, Content = n.Content, WrapUp = n.WrapUp, IsHeader = n.IsHeader, Parent = parent };
        c.Tags.AddRange(n.Tags);
        if (c.Label is not null) _byLabel[c.Label] = c;
        foreach (var child in n.Children) c.Children.Add(Copy(child, c));
        return c;
    }

    public AmendedText(Provision root)
    {
        foreach (var unit in UnitSequence.Flatten(root))
        {
            var node = Create(unit.Provision, unit.IsHeader, label: unit.EId, labelDescendants: !unit.IsHeader);
            Units.Add(node);
        }
    }

    /// <summary>The provision with that label, or null when it is not (or no longer) in the text.</summary>
    public Node? Find(string label) => _byLabel.GetValueOrDefault(label);

    /// <summary>The list a node stands in: its parent's children, or the top level.</summary>
    public List<Node> SiblingsOf(Node node) => node.Parent?.Children ?? Units;

    /// <summary>The list that a parent label names: "" is the top level.</summary>
    public List<Node>? ListOf(string parentLabel) => parentLabel.Length == 0 ? Units : Find(parentLabel)?.Children;

    public Node Create(Provision p, bool isHeader, string? label, bool labelDescendants)
    {
        var node = new Node
        {
            Label = label, Kind = p.Kind, Number = p.Number, Heading = p.Heading, Content = p.Content, WrapUp = p.WrapUp, IsHeader = isHeader,
        };
        node.Tags.AddRange(p.Tags);
        if (label is not null) _byLabel[label] = node;
        if (!isHeader)
            foreach (var c in p.Children)
            {
                var child = Create(c, false, labelDescendants ? c.EId : null, labelDescendants);
                child.Parent = node;
                node.Children.Add(child);
            }
        return node;
    }

    /// <summary>Takes a node and everything below it out of the text.</summary>
    public void Remove(Node node)
    {
        SiblingsOf(node).Remove(node);
        Forget(node);
    }

    /// <summary>Drops the labels of a node's descendants (their text is being replaced).</summary>
    public void ForgetDescendants(Node node)
    {
        foreach (var c in node.Children) Forget(c);
        node.Children.Clear();
    }

    private void Forget(Node node)
    {
        foreach (var d in node.DescendantsAndSelf())
            if (d.Label is not null) _byLabel.Remove(d.Label);
    }

    /// <summary>Puts a node into a list right after <paramref name="after"/>, or first when it is null.</summary>
    public void Place(Node node, List<Node> list, Node? parent, Node? after)
    {
        int at = after is null ? 0 : list.IndexOf(after) + 1;
        list.Insert(at, node);
        node.Parent = parent;
        if (node.Label is not null) _byLabel[node.Label] = node;
    }

    /// <summary>Every provision now in the text, units first, then depth first.</summary>
    public IEnumerable<Node> All() => Units.SelectMany(u => u.DescendantsAndSelf());

    /// <summary>The text as it stands.</summary>
    public Provision Build() => UnitSequence.Rebuild(Units.Select(u => (u.ToProvision(), u.IsHeader)));

    /// <summary>From the unit down to the node: kind and number token (or position among unnumbered siblings of its kind).</summary>
    public IReadOnlyList<PathStep> PathOf(Node node)
    {
        var steps = new List<PathStep>();
        for (var n = node; n is not null; n = n.Parent) steps.Add(StepOf(n, SiblingsOf(n)));
        steps.Reverse();
        return steps;
    }

    public static PathStep StepOf(Node n, List<Node> siblings) =>
        new(n.Kind, n.Number is { } num ? NumberToken(num.Written) : (siblings.Where(s => s.Kind == n.Kind).ToList().IndexOf(n) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A citation of the node as the text stands ("Article 5(2)(a)", "Chapter II"), for the instruction's record.</summary>
    public string CitationOf(Node node)
    {
        var path = PathOf(node);
        var head = node.Kind is ProvisionKind.Preamble ? "Preamble" : $"{path[0].Kind} {path[0].Token}";
        return head + string.Concat(path.Skip(1).Select(s => $"({s.Token})"));
    }

    /// <summary>The number as a citation names it: the written number without its label word and punctuation ("Article 5 bis" → "5 bis", "(b)" → "b").</summary>
    public static string NumberToken(string written)
    {
        var s = written.Trim();
        int space = s.IndexOf(' ');
        if (space > 0 && s[..space].All(char.IsLetter) && s[(space + 1)..].Any(char.IsLetterOrDigit)) s = s[(space + 1)..];
        int start = 0, end = s.Length;
        while (start < end && !char.IsLetterOrDigit(s[start])) start++;
        while (end > start && !char.IsLetterOrDigit(s[end - 1])) end--;
        return start < end ? s[start..end] : written;
    }
}
