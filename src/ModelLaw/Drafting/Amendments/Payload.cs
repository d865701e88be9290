using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>A provision as the quoted text of an instruction: number and heading, then its text and its sub-provisions'.</summary>
internal static class Payload
{
    public static string Render(Provision p)
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
}
