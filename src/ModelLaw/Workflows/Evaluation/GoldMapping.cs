using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>One row of a ground-truth concordance: a model provision and the national provisions it became.</summary>
/// <param name="Model">Model citation as printed ("Article 4(1)(7)", "Article 4, paragraphe 1, point 7)").</param>
/// <param name="National">National citations.</param>
public sealed record GoldPair(string Model, ImmutableArray<string> National);

/// <summary>
/// A ground-truth mapping in the schema of <c>../shared/real-texts/*/mapping.json</c> and <c>corpus/national/*.mapping.json</c>:
/// <c>pairs</c>, <c>omitted_in_national</c>, <c>moved_to_other_instrument</c>, <c>added_in_national</c>,
/// <c>article_level_pairs</c>, and optionally <c>model_file</c> / <c>national_file</c> naming the texts.
/// </summary>
public sealed record GoldMapping
{
    /// <summary>Rows at the table's own granularity (paragraph or point).</summary>
    public ImmutableArray<GoldPair> Pairs { get; init; } = ImmutableArray<GoldPair>.Empty;

    /// <summary>The same rolled up to whole articles.</summary>
    public ImmutableArray<GoldPair> ArticlePairs { get; init; } = ImmutableArray<GoldPair>.Empty;

    /// <summary>Model provisions with no counterpart in the national text.</summary>
    public ImmutableArray<string> Omitted { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Model provisions moved to another instrument (absent from the national text too).</summary>
    public ImmutableArray<string> MovedElsewhere { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>National provisions with no model counterpart.</summary>
    public ImmutableArray<string> Added { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Language code, when stated; null when the mapping says "auto" (detect it) or nothing.</summary>
    public string? Language { get; init; }

    /// <summary>Path of the model text as written in the file (relative to the repository root), when stated.</summary>
    public string? ModelFile { get; init; }

    /// <summary>Path of the national text as written in the file, when stated.</summary>
    public string? NationalFile { get; init; }

    /// <summary>Reads a mapping file. Throws <see cref="InvalidConfigurationException"/> when it is not valid.</summary>
    public static GoldMapping Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Parse(stream, Path.GetFileName(path));
        }
        catch (FileNotFoundException ex)
        {
            throw new InvalidConfigurationException($"mapping file not found: {path}", new SourceLocation(path), ex);
        }
    }

    /// <summary>Reads a mapping from a stream.</summary>
    public static GoldMapping Parse(Stream json, string? sourceName = null)
    {
        try
        {
            using var text = new StreamReader(json, leaveOpen: true);
            using var reader = new JsonTextReader(text) { MaxDepth = 32, DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader) is not JObject root) throw Invalid("the root is not an object");
            return new GoldMapping
            {
                Pairs = ReadPairs(root, "pairs"),
                ArticlePairs = ReadPairs(root, "article_level_pairs"),
                Omitted = ReadStrings(root, "omitted_in_national"),
                MovedElsewhere = root["moved_to_other_instrument"] is JArray moved
                    ? moved.Select(e => e.Type == JTokenType.String ? (string)e! : Str(e, "model")).Where(s => s.Length > 0).ToImmutableArray()
                    : ImmutableArray<string>.Empty,
                Added = ReadStrings(root, "added_in_national"),
                Language = String(root, "language") is { Length: > 0 } lang && !lang.Equals("auto", StringComparison.OrdinalIgnoreCase) ? lang : null,
                ModelFile = String(root, "model_file"),
                NationalFile = String(root, "national_file"),
            };
        }
        catch (JsonException ex)
        {
            throw new InvalidConfigurationException($"invalid mapping JSON: {ex.Message}", new SourceLocation(sourceName), ex);
        }

        InvalidConfigurationException Invalid(string why) => new($"invalid mapping: {why}", new SourceLocation(sourceName));
    }

    private static string? String(JObject o, string name) => o[name] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    private static string Str(JToken e, string name) => e is JObject o ? String(o, name) ?? "" : "";

    private static ImmutableArray<string> Strings(JToken? a) =>
        a is JArray array
            ? array.Where(e => e.Type == JTokenType.String).Select(e => (string)e!).ToImmutableArray()
            : ImmutableArray<string>.Empty;

    private static ImmutableArray<string> ReadStrings(JObject root, string name) => Strings(root[name]);

    private static ImmutableArray<GoldPair> ReadPairs(JObject root, string name)
    {
        if (root[name] is not JArray a) return ImmutableArray<GoldPair>.Empty;
        var list = ImmutableArray.CreateBuilder<GoldPair>();
        foreach (var e in a)
        {
            var model = Str(e, "model");
            if (model.Length == 0 || e is not JObject o || o["national"] is not { } n) continue;
            var targets = n.Type == JTokenType.String ? [(string)n!] : Strings(n);
            list.Add(new GoldPair(model, targets));
        }
        return list.ToImmutable();
    }
}
