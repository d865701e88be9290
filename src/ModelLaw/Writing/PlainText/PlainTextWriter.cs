using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Writing.PlainText;

/// <summary>
/// Writes a provision tree back to plain text in the layout the text parser reads: the title, the preamble,
/// headings with the heading text on the next line, one block per provision separated by blank lines.
/// Parsing the output gives back an equal tree for trees the parser can produce.
/// </summary>
public sealed class PlainTextWriter : IDocumentWriter
{
    /// <inheritdoc />
    public string FormatName => "text";

    /// <inheritdoc />
    public void Write(LegalDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var text = Render(document, cancellationToken);
        var bytes = new UTF8Encoding(false).GetBytes(text);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Renders the document as text (lines end with '\n').</summary>
    public string Render(LegalDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<string>();
        if (document.Title.Length > 0 && document.Title != document.SourceName) blocks.Add(document.Title);
        foreach (var c in document.Root.Children) Emit(c, blocks, cancellationToken);
        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks) + "\n";
    }

    private static void Emit(Provision p, List<string> blocks, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        switch (p.Kind)
        {
            case ProvisionKind.Preamble:
                if (p.Content.Length > 0) blocks.Add(p.Content);
                foreach (var c in p.Children) Emit(c, blocks, ct);
                if (p.WrapUp is { Length: > 0 } w) blocks.Add(w);
                return;
            case ProvisionKind.ActSection:
                EmitSection(p, blocks, ct);
                return;
            case ProvisionKind.CrossHeading:
                if (p.Heading is { Length: > 0 } cross) blocks.Add(cross);
                if (p.Content.Length > 0) blocks.Add(p.Content);
                break;
            case var k when k.IsDivision() || k is ProvisionKind.Article or ProvisionKind.Annex:
                var head = p.Number?.Written ?? p.Kind.ToString();
                blocks.Add(p.Heading is { Length: > 0 } h ? head + "\n" + h : head);
                if (p.Content.Length > 0) blocks.Add(p.Content);
                break;
            case ProvisionKind.Indent:
                blocks.Add("— " + p.Content);
                break;
            default:
                blocks.Add(p.Number is { } n ? (p.Content.Length > 0 ? n.Written + " " + p.Content : n.Written) : p.Content);
                break;
        }
        foreach (var c in p.Children) Emit(c, blocks, ct);
        if (p.WrapUp is { Length: > 0 } wrap) blocks.Add(wrap);
    }

    /// <summary>
    /// A common-law section as Commonwealth acts print it: the marginal note on the line before, then the number with the
    /// section's first words on the same line ("2 (1) The definitions …"), so that it reads back as the same section.
    /// </summary>
    private static void EmitSection(Provision p, List<string> blocks, CancellationToken ct)
    {
        var number = p.Number?.Written ?? "";
        var notes = string.Join(" ", p.Notes);
        var first = p.Content;
        Provision? runOn = null;
        if (first.Length == 0 && p.Children.Length > 0 && p.Children[0] is { Number: { } n } c && c.Heading is null && c.Notes.IsEmpty)
        {
            first = c.Content.Length > 0 ? n.Written + " " + c.Content : n.Written;
            runOn = c;
        }
        var line = string.Join(" ", new[] { number, notes, first }.Where(x => x.Length > 0));
        blocks.Add(p.Heading is { Length: > 0 } h ? h + "\n" + line : line);
        if (runOn is not null)
        {
            // the first subsection stands on the section's line; its own children and closing words follow
            foreach (var grandchild in runOn.Children) Emit(grandchild, blocks, ct);
            if (runOn.WrapUp is { Length: > 0 } w) blocks.Add(w);
        }
        for (int i = runOn is null ? 0 : 1; i < p.Children.Length; i++) Emit(p.Children[i], blocks, ct);
        if (p.WrapUp is { Length: > 0 } wrap) blocks.Add(wrap);
    }
}
