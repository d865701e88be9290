using System.Collections.Immutable;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Reading;
using ModelLaw.Reading.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ModelLaw.Writing.Json;

/// <summary>
/// An amending act as JSON (<c>modellaw amend --format json</c>): a list of instructions a program can apply
/// (<c>modellaw apply</c>), each with its wording. New provisions are written in the shape of <c>modellaw parse --format json</c>.
/// Schema in docs/amend.md. Stateless and thread-safe.
/// </summary>
public sealed class AmendingActJson
{
    /// <summary>Version of the JSON shape.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>The <c>kind</c> of the JSON object.</summary>
    public const string Kind = "amendingAct";

    /// <summary>Writes the act as UTF-8 JSON (indented, '\n' line ends; the same act gives the same bytes).</summary>
    public void Write(AmendingAct act, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(output);
        using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        using (var w = JsonDocumentWriter.CreateWriter(text))
        {
            w.WriteStartObject();
            Property(w, "schemaVersion", SchemaVersion);
            Property(w, "kind", Kind);
            Property(w, "language", act.Language);
            Property(w, "amendedTitle", act.AmendedTitle);
            if (act.AmendedTextHash is { } hash) Property(w, "amendedTextHash", hash);
            w.WritePropertyName("instructions");
            w.WriteStartArray();
            foreach (var i in act.Instructions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteInstruction(w, i, cancellationToken);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        text.Write('\n');
    }

    /// <summary>The act as a JSON string (the bytes of <see cref="Write"/>, decoded).</summary>
    public string WriteToString(AmendingAct act, CancellationToken cancellationToken = default)
    {
        using var ms = new MemoryStream();
        Write(act, ms, cancellationToken);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>
    /// Reads an act written by <see cref="Write"/>. Malformed JSON or a bad instruction → <see cref="CorruptDocumentException"/>;
    /// another kind of JSON or major version → <see cref="UnsupportedFormatException"/>; over the limits → <see cref="InputLimitExceededException"/>.
    /// </summary>
    public AmendingAct Read(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ReadOptions.Default;
        var where = new SourceLocation(options.SourceName);
        var limits = options.Limits;
        var bytes = Reading.PlainText.TextDecoding.ReadAllBytes(input, limits.MaxInputBytes, options.SourceName);
        JObject obj;
        try
        {
            using var json = new JsonTextReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8))
            {
                MaxDepth = 2 * limits.MaxNestingDepth + 12, DateParseHandling = DateParseHandling.None,
            };
            obj = JToken.ReadFrom(json) as JObject ?? throw new UnsupportedFormatException("JSON is not a ModelLaw amending act (top level is not an object)", where);
        }
        catch (JsonReaderException ex) when (ex.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            throw new InputLimitExceededException($"JSON nesting is deeper than the limit ({limits.MaxNestingDepth} provision levels)", where, ex);
        }
        catch (JsonException ex)
        {
            throw new CorruptDocumentException($"malformed JSON: {ex.Message}", where, ex);
        }
        if ((string?)obj["kind"] != Kind || (string?)obj["schemaVersion"] is not { } version)
            throw new UnsupportedFormatException("JSON is not a ModelLaw amending act (no schemaVersion or kind \"amendingAct\")", where);
        if (!version.StartsWith("1.", StringComparison.Ordinal))
            throw new UnsupportedFormatException($"unsupported schemaVersion \"{version}\" (this reader reads 1.x)", where);
        try
        {
            int count = 0;
            var instructions = (obj["instructions"] as JArray ?? throw new FormatException("\"instructions\" is missing"))
                .Select(t => ReadInstruction(t as JObject ?? throw new FormatException("an instruction is not an object"), limits, ref count, where, cancellationToken))
                .ToImmutableArray();
            return new AmendingAct
            {
                Language = (string?)obj["language"] ?? "en", AmendedTitle = (string?)obj["amendedTitle"] ?? "",
                AmendedTextHash = (string?)obj["amendedTextHash"], Instructions = instructions,
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or ArgumentException)
        {
            throw new CorruptDocumentException($"invalid ModelLaw amending act: {ex.Message}", where, ex);
        }
    }

    private static void WriteInstruction(JsonWriter w, AmendmentInstruction i, CancellationToken ct)
    {
        w.WriteStartObject();
        w.WritePropertyName("number");
        w.WriteValue(i.Number);
        Property(w, "operation", OperationName(i.Operation));
        if (i.TargetEId.Length > 0)
        {
            w.WritePropertyName("target");
            Reference(w, i.TargetEId, i.TargetCitation);
        }
        if (i.Operation is AmendmentOperation.Insert or AmendmentOperation.Move)
        {
            Property(w, "parent", i.ParentEId);
            if (i.AfterInstruction is { } k) { w.WritePropertyName("afterInstruction"); w.WriteValue(k); }
            else Property(w, "after", i.AfterEId);
        }
        if (i.Level is { } level) Property(w, "level", level.ToLevelName());
        if (i.OldWords is not null) Property(w, "oldWords", i.OldWords);
        if (i.NewWords is not null) Property(w, "newWords", i.NewWords);
        if (i.NewNumber is { } n) { w.WritePropertyName("num"); Number(w, n); }
        if (!i.Renumberings.IsDefaultOrEmpty)
        {
            w.WritePropertyName("renumberings");
            w.WriteStartArray();
            foreach (var r in i.Renumberings)
            {
                w.WriteStartObject();
                Property(w, "eId", r.EId);
                Property(w, "citation", r.Citation);
                w.WritePropertyName("num");
                Number(w, r.NewNumber);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (i.NewProvision is { } p)
        {
            if (i.NewIsHeader) { w.WritePropertyName("isHeading"); w.WriteValue(true); }
            w.WritePropertyName("provision");
            // written as a tree of its own (eIds and citations from its root), as the reader rebuilds it
            JsonDocumentWriter.WriteProvision(w, ProvisionBuilder.From(p).Build(), ct);
        }
        Property(w, "text", i.Text);
        w.WriteEndObject();
    }

    private static AmendmentInstruction ReadInstruction(JObject o, ReadLimits limits, ref int count, SourceLocation where, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var target = o["target"] as JObject;
        var level = (string?)o["level"];
        Provision? provision = null;
        if (o["provision"] is JObject p)
            provision = JsonDocumentReader.ReadProvision(p, limits, ref count, where, ct).Build();
        return new AmendmentInstruction
        {
            Number = (int?)o["number"] ?? throw new FormatException("an instruction has no number"),
            Operation = ParseOperation((string?)o["operation"]),
            TargetEId = (string?)target?["eId"] ?? "",
            TargetCitation = (string?)target?["citation"] ?? "",
            ParentEId = (string?)o["parent"] ?? "",
            AfterEId = (string?)o["after"],
            AfterInstruction = (int?)o["afterInstruction"],
            Level = level is null ? null : ParseLevel(level),
            OldWords = (string?)o["oldWords"],
            NewWords = (string?)o["newWords"],
            NewNumber = o["num"] is JObject n ? ReadNumber(n) : null,
            Renumberings = o["renumberings"] is JArray rs
                ? [.. rs.OfType<JObject>().Select(r => new AmendmentRenumbering((string?)r["eId"] ?? "", (string?)r["citation"] ?? "",
                    r["num"] is JObject rn ? ReadNumber(rn) : throw new FormatException("a renumbering has no num")))]
                : [],
            NewProvision = provision,
            NewIsHeader = (bool?)o["isHeading"] ?? false,
            Text = (string?)o["text"] ?? "",
        };
    }

    private static string OperationName(AmendmentOperation op) => char.ToLowerInvariant(op.ToString()[0]) + op.ToString()[1..];

    private static AmendmentOperation ParseOperation(string? name) =>
        Enum.GetValues<AmendmentOperation>().Select(op => (op, Name: OperationName(op))).FirstOrDefault(x => x.Name == name) is { Name: not null } hit
            ? hit.op : throw new FormatException($"unknown operation \"{name}\"");

    private static ProvisionKind ParseLevel(string name)
    {
        foreach (var k in Enum.GetValues<ProvisionKind>())
            if (k.ToLevelName() == name) return k;
        throw new FormatException($"unknown level \"{name}\"");
    }

    private static ProvisionNumber ReadNumber(JObject n) => new((string?)n["written"] ?? "", (string?)n["value"] ?? "", (int?)n["ordinal"]);

    private static void Number(JsonWriter w, ProvisionNumber n)
    {
        w.WriteStartObject();
        Property(w, "written", n.Written);
        Property(w, "value", n.Value);
        w.WritePropertyName("ordinal");
        w.WriteValue(n.Ordinal);
        w.WriteEndObject();
    }

    private static void Reference(JsonWriter w, string eId, string citation)
    {
        w.WriteStartObject();
        Property(w, "eId", eId);
        Property(w, "citation", citation);
        w.WriteEndObject();
    }

    private static void Property(JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }
}
