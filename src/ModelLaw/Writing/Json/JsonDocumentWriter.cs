using System.Globalization;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Documents.Json;
using Newtonsoft.Json;

namespace ModelLaw.Writing.Json;

/// <summary>
/// Writes a <see cref="LegalDocument"/> as JSON in the versioned ModelLaw document schema (see <c>docs/json-schema.md</c>).
/// Output is deterministic: fixed property order, metadata keys sorted ordinally, invariant culture, '\n' line ends,
/// UTF-8 without BOM, non-ASCII characters written as themselves (not <c>\u</c>-escaped), no timestamps.
/// Stateless and thread-safe.
/// </summary>
public sealed class JsonDocumentWriter : IDocumentWriter
{
    /// <summary>The schema version written in <c>schemaVersion</c>. Readers accept any 1.x.</summary>
    public const string SchemaVersion = JsonDocumentFormat.SchemaVersion;

    /// <summary>The value of the top-level <c>kind</c> property, naming what the file holds (a comparison file says "comparison").</summary>
    public const string DocumentKind = JsonDocumentFormat.DocumentKind;

    /// <inheritdoc />
    public string FormatName => "json";

    /// <inheritdoc />
    public void Write(LegalDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\n",
        };
        using (var json = CreateWriter(text))
        {
            WriteDocument(json, document, cancellationToken);
        }
        text.Write('\n');
    }

    /// <summary>Writes the document to a string (same bytes as <see cref="Write"/>, decoded).</summary>
    public string WriteToString(LegalDocument document, CancellationToken cancellationToken = default)
    {
        using var ms = new MemoryStream();
        Write(document, ms, cancellationToken);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    internal static JsonTextWriter CreateWriter(TextWriter text) => new(text)
    {
        Formatting = Formatting.Indented,
        Indentation = 2,
        IndentChar = ' ',
        Culture = CultureInfo.InvariantCulture,
        StringEscapeHandling = StringEscapeHandling.Default,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        FloatFormatHandling = FloatFormatHandling.String,
        CloseOutput = false,
    };

    private static void WriteDocument(JsonWriter w, LegalDocument d, CancellationToken ct)
    {
        w.WriteStartObject();
        w.WritePropertyName("schemaVersion");
        w.WriteValue(SchemaVersion);
        w.WritePropertyName("kind");
        w.WriteValue(DocumentKind);
        w.WritePropertyName("title");
        w.WriteValue(d.Title);
        w.WritePropertyName("language");
        w.WriteValue(d.Language);
        w.WritePropertyName("jurisdiction");
        w.WriteValue(d.Jurisdiction);
        w.WritePropertyName("sourceName");
        w.WriteValue(d.SourceName);
        w.WritePropertyName("format");
        w.WriteValue(JsonDocumentFormat.SourceFormatName(d.Format));
        w.WritePropertyName("metadata");
        w.WriteStartObject();
        foreach (var kv in d.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(kv.Key);
            w.WriteValue(kv.Value);
        }
        w.WriteEndObject();
        w.WritePropertyName("diagnostics");
        w.WriteStartArray();
        foreach (var diag in d.Diagnostics) WriteDiagnostic(w, diag);
        w.WriteEndArray();
        w.WritePropertyName("root");
        WriteProvision(w, d.Root, ct);
        w.WriteEndObject();
    }

    private static void WriteDiagnostic(JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WritePropertyName("severity");
        w.WriteValue(d.Severity.ToString().ToLowerInvariant());
        w.WritePropertyName("code");
        w.WriteValue(d.Code);
        w.WritePropertyName("message");
        w.WriteValue(d.Message);
        if (d.Span is { } span)
        {
            w.WritePropertyName("span");
            WriteSpan(w, span);
        }
        if (d.EId is not null)
        {
            w.WritePropertyName("eId");
            w.WriteValue(d.EId);
        }
        w.WriteEndObject();
    }

    private static void WriteSpan(JsonWriter w, SourceSpan span)
    {
        w.WriteStartObject();
        w.WritePropertyName("unit");
        w.WriteValue(UnitName(span.Unit));
        w.WritePropertyName("start");
        w.WriteValue(span.Start);
        w.WritePropertyName("end");
        w.WriteValue(span.End);
        w.WriteEndObject();
    }

    internal static string UnitName(SourceUnit unit) => unit switch
    {
        SourceUnit.Line => "line",
        SourceUnit.WordParagraph => "wordParagraph",
        SourceUnit.XmlElement => "xmlElement",
        _ => unit.ToString(),
    };

    // Iterative on purpose: a hostile, very deep tree must not overflow the stack.
    internal static void WriteProvision(JsonWriter w, Provision root, CancellationToken ct)
    {
        var stack = new Stack<(Provision Node, int NextChild)>();
        WriteOpen(w, root);
        stack.Push((root, 0));
        int written = 0;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < node.Children.Length)
            {
                stack.Push((node, next + 1));
                var child = node.Children[next];
                if ((++written & 1023) == 0) ct.ThrowIfCancellationRequested();
                WriteOpen(w, child);
                stack.Push((child, 0));
                continue;
            }
            if (node.HasChildren) w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    // Writes every property of a provision and, when it has children, opens the "children" array.
    private static void WriteOpen(JsonWriter w, Provision p)
    {
        w.WriteStartObject();
        w.WritePropertyName("kind");
        w.WriteValue(p.Kind.ToLevelName());
        w.WritePropertyName("eId");
        w.WriteValue(p.EId);
        w.WritePropertyName("citation");
        w.WriteValue(p.Citation);
        if (p.Number is { } n)
        {
            w.WritePropertyName("num");
            w.WriteStartObject();
            w.WritePropertyName("written");
            w.WriteValue(n.Written);
            w.WritePropertyName("value");
            w.WriteValue(n.Value);
            w.WritePropertyName("ordinal");
            w.WriteValue(n.Ordinal);
            w.WriteEndObject();
        }
        if (p.Heading is not null)
        {
            w.WritePropertyName("heading");
            w.WriteValue(p.Heading);
        }
        w.WritePropertyName("content");
        w.WriteValue(p.Content);
        if (p.IsRepealed)
        {
            w.WritePropertyName("repealed");
            w.WriteValue(true);
        }
        if (!p.Notes.IsEmpty)
        {
            w.WritePropertyName("notes");
            w.WriteStartArray();
            foreach (var note in p.Notes) w.WriteValue(note);
            w.WriteEndArray();
        }
        if (p.WrapUp is not null)
        {
            w.WritePropertyName("wrapUp");
            w.WriteValue(p.WrapUp);
        }
        if (!p.Tags.IsEmpty)
        {
            w.WritePropertyName("tags");
            w.WriteStartArray();
            foreach (var t in p.Tags) w.WriteValue(t);
            w.WriteEndArray();
        }
        if (p.Span is { } span)
        {
            w.WritePropertyName("span");
            WriteSpan(w, span);
        }
        if (p.HasChildren)
        {
            w.WritePropertyName("children");
            w.WriteStartArray();
        }
    }
}
