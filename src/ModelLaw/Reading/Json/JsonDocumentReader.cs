using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ModelLaw.Documents.Json;

namespace ModelLaw.Reading.Json;

/// <summary>
/// Reads a document written by the JSON document writer (<c>Writing/Json</c>) (schema 1.x) back into a <see cref="LegalDocument"/>.
/// The tree is rebuilt with <see cref="ProvisionBuilder"/>, so eIds and citations are recomputed from the structure
/// (they equal the written ones for any tree the writer wrote). Stateless and thread-safe.
/// </summary>
public sealed class JsonDocumentReader
{
    /// <summary>Reads a document. Malformed JSON → <see cref="CorruptDocumentException"/>; another kind of file or major version →
    /// <see cref="UnsupportedFormatException"/>; too large or too deep → <see cref="InputLimitExceededException"/>.</summary>
    public LegalDocument Read(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ReadOptions.Default;
        var where = new SourceLocation(options.SourceName);
        var limits = options.Limits;
        if (input.CanSeek && input.Length - input.Position > limits.MaxInputBytes)
            throw new InputLimitExceededException($"input is larger than the limit of {limits.MaxInputBytes} bytes", where);
        // a stream of unknown length (a network body) is read under the limit first
        if (!input.CanSeek) input = new MemoryStream(Reading.PlainText.TextDecoding.ReadAllBytes(input, limits.MaxInputBytes, options.SourceName), writable: false);

        JObject obj;
        try
        {
            using var text = new StreamReader(input, leaveOpen: true);
            using var json = new JsonTextReader(text)
            {
                // a provision takes two JSON levels (its object and its children array)
                MaxDepth = 2 * limits.MaxNestingDepth + 8,
                DateParseHandling = DateParseHandling.None,
                CloseInput = false,
            };
            var token = JToken.ReadFrom(json);
            obj = token as JObject ?? throw new UnsupportedFormatException("JSON is not a ModelLaw document (top level is not an object)", where);
        }
        catch (JsonReaderException ex) when (ex.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            throw new InputLimitExceededException($"JSON nesting is deeper than the limit ({limits.MaxNestingDepth} provision levels)", where, ex);
        }
        catch (JsonException ex)
        {
            throw new CorruptDocumentException($"malformed JSON: {ex.Message}", where, ex);
        }

        var version = (string?)obj["schemaVersion"];
        if (version is null || (string?)obj["kind"] != JsonDocumentFormat.DocumentKind)
            throw new UnsupportedFormatException("JSON is not a ModelLaw document (no schemaVersion or kind \"document\")", where);
        if (!version.StartsWith("1.", StringComparison.Ordinal))
            throw new UnsupportedFormatException($"unsupported schemaVersion \"{version}\" (this reader reads 1.x)", where);

        try
        {
            var rootToken = obj["root"] as JObject ?? throw Corrupt("root", where);
            int count = 0;
            var root = ReadProvision(rootToken, limits, ref count, where, cancellationToken).Build();
            var metadata = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (obj["metadata"] is JObject meta)
                foreach (var prop in meta.Properties()) metadata[prop.Name] = (string?)prop.Value ?? "";
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            if (obj["diagnostics"] is JArray diags)
                foreach (var d in diags.OfType<JObject>()) diagnostics.Add(ReadDiagnostic(d, where));
            return new LegalDocument(root, (string?)obj["title"] ?? "", (string?)obj["language"] ?? "")
            {
                Jurisdiction = (string?)obj["jurisdiction"],
                SourceName = (string?)obj["sourceName"] ?? options.SourceName,
                Format = ParseFormat((string?)obj["format"]),
                Metadata = metadata.ToImmutable(),
                Diagnostics = diagnostics.ToImmutable(),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or ArgumentException)
        {
            throw new CorruptDocumentException($"invalid ModelLaw JSON document: {ex.Message}", where, ex);
        }
    }

    private static CorruptDocumentException Corrupt(string what, SourceLocation where) =>
        new($"invalid ModelLaw JSON document: \"{what}\" is missing or has the wrong type", where);

    internal static ProvisionBuilder ReadProvision(JObject o, ReadLimits limits, ref int count, SourceLocation where, CancellationToken ct)
    {
        if (++count > limits.MaxProvisions)
            throw new InputLimitExceededException($"more than {limits.MaxProvisions} provisions", where);
        if ((count & 1023) == 0) ct.ThrowIfCancellationRequested();
        var b = new ProvisionBuilder(ParseKind((string?)o["kind"], where))
        {
            Heading = (string?)o["heading"],
            Content = (string?)o["content"] ?? "",
            WrapUp = (string?)o["wrapUp"],
        };
        if (o["num"] is JObject num)
            b.Number = new ProvisionNumber((string?)num["written"] ?? "", (string?)num["value"] ?? "", (int?)num["ordinal"]);
        if (o["tags"] is JArray tags)
            foreach (var t in tags) b.Tags.Add((string?)t ?? "");
        if (o["notes"] is JArray notes)
            foreach (var n in notes) b.Notes.Add((string?)n ?? "");
        b.IsRepealed = (bool?)o["repealed"] ?? false;
        if (o["span"] is JObject span) b.Span = ReadSpan(span);
        if (o["children"] is JArray children)
            foreach (var c in children)
                b.Children.Add(ReadProvision(c as JObject ?? throw Corrupt("children", where), limits, ref count, where, ct));
        return b;
    }

    private static Diagnostic ReadDiagnostic(JObject d, SourceLocation where)
    {
        var severity = (string?)d["severity"] switch
        {
            "info" => DiagnosticSeverity.Info,
            "warning" => DiagnosticSeverity.Warning,
            "error" => DiagnosticSeverity.Error,
            _ => throw Corrupt("diagnostics[].severity", where),
        };
        return new Diagnostic(severity, (string?)d["code"] ?? "", (string?)d["message"] ?? "",
            d["span"] is JObject s ? ReadSpan(s) : null, (string?)d["eId"]);
    }

    private static SourceSpan ReadSpan(JObject s)
    {
        var unit = (string?)s["unit"] switch
        {
            "line" => SourceUnit.Line,
            "wordParagraph" => SourceUnit.WordParagraph,
            "xmlElement" => SourceUnit.XmlElement,
            var other => throw new FormatException($"unknown span unit \"{other}\""),
        };
        return new SourceSpan(unit, (int?)s["start"] ?? 0, (int?)s["end"] ?? 0);
    }

    private static ProvisionKind ParseKind(string? name, SourceLocation where)
    {
        foreach (var k in Enum.GetValues<ProvisionKind>())
            if (k.ToLevelName() == name) return k;
        throw new CorruptDocumentException($"invalid ModelLaw JSON document: unknown provision kind \"{name}\"", where);
    }

    private static SourceFormat ParseFormat(string? name)
    {
        foreach (var f in Enum.GetValues<SourceFormat>())
            if (JsonDocumentFormat.SourceFormatName(f) == name) return f;
        return SourceFormat.Text;
    }
}
