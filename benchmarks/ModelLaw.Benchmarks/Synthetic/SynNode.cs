namespace ModelLaw.Benchmarks.Synthetic;

/// <summary>Kinds of provision the generator writes.</summary>
internal enum SynKind { Document, Chapter, Article, Paragraph, Point }

/// <summary>A mutable provision of a synthetic law (only the generator touches it).</summary>
internal sealed class SynNode(SynKind kind, string? heading, string text)
{
    public SynKind Kind { get; } = kind;
    public string? Heading { get; set; } = heading;
    public string Text { get; set; } = text;
    public List<SynNode> Children { get; } = new();

    public int Count() => 1 + Children.Sum(c => c.Count());

    public SynNode Clone()
    {
        var c = new SynNode(Kind, Heading, Text);
        foreach (var k in Children) c.Children.Add(k.Clone());
        return c;
    }
}
