using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Writing.PlainText;

/// <summary>
/// Writes an indented, human-readable outline of the provision tree: one line per provision with its citation
/// (or label), kind, eId and first words, followed by the parse diagnostics.
/// </summary>
public sealed class OutlineWriter : IDocumentWriter
{
    private const int FirstWords = 60;

    /// <inheritdoc />
    public string FormatName => "outline";

    /// <inheritdoc />
    public void Write(LegalDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(Render(document, cancellationToken));
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Renders the outline as text.</summary>
    public string Render(LegalDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        sb.Append(document.Title.Length > 0 ? document.Title : "(untitled)").Append(" [").Append(document.Language).Append("]\n");
        var articles = document.Articles.Count();
        var sections = document.Provisions.Count(p => p.Kind == ProvisionKind.ActSection);
        var annexes = document.Provisions.Count(p => p.Kind == ProvisionKind.Annex);
        // a common-law text counts sections: "0 articles" would read as if nothing had been found
        sb.Append(articles).Append(" articles, ");
        if (sections > 0) sb.Append(sections).Append(" sections, ");
        sb.Append(annexes).Append(" annexes, ")
          .Append(document.Provisions.Count()).Append(" provisions\n");
        foreach (var c in document.Root.Children) Append(sb, c, 1, cancellationToken);
        if (!document.Diagnostics.IsEmpty)
        {
            sb.Append("diagnostics:\n");
            foreach (var d in document.Diagnostics) sb.Append("  ").Append(d).Append('\n');
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Provision p, int depth, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        sb.Append(' ', depth * 2);
        var label = p.Kind.IsDivision() || p.Kind.IsUnit() || p.Kind is ProvisionKind.Annex
            ? p.Number?.Written ?? p.Kind.ToString()
            : p.Number?.Written ?? "¶";
        sb.Append(label).Append(" [").Append(p.Kind.ToLevelName()).Append("] ").Append(p.EId);
        if (p.Heading is { Length: > 0 } h) sb.Append(" — ").Append(h);
        if (p.Content.Length > 0) sb.Append(": ").Append(Snippet(p.Content));
        sb.Append('\n');
        foreach (var c in p.Children) Append(sb, c, depth + 1, ct);
    }

    private static string Snippet(string s)
    {
        var flat = s.Replace('\n', ' ');
        if (flat.Length <= FirstWords) return flat;
        var cut = flat.LastIndexOf(' ', FirstWords);
        return (cut > FirstWords / 2 ? flat[..cut] : flat[..FirstWords]) + "…";
    }
}
