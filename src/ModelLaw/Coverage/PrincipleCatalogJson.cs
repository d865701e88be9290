using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelLaw.Coverage;

/// <summary>Reads and validates the catalogue JSON (schema version 1). Every problem becomes an <see cref="InvalidConfigurationException"/>.</summary>
internal static partial class PrincipleCatalogJson
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdPattern();

    public static PrincipleCatalog Parse(string json, string? sourceName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new InvalidConfigurationException($"principle catalogue is not valid JSON: {ex.Message}", new SourceLocation(sourceName ?? "catalogue", line), ex);
        }
        using (doc)
        {
            var reader = new Reader(sourceName);
            return reader.ReadCatalog(doc.RootElement);
        }
    }

    private sealed class Reader(string? sourceName)
    {
        private InvalidConfigurationException Error(string message) =>
            new($"principle catalogue: {message}", new SourceLocation(sourceName ?? "catalogue"));

        public PrincipleCatalog ReadCatalog(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) throw Error("the top level must be a JSON object");
            if (!root.TryGetProperty("schemaVersion", out var sv)) throw Error("missing required field 'schemaVersion'");
            if (sv.ValueKind != JsonValueKind.Number || !sv.TryGetInt32(out var schemaVersion))
                throw Error("'schemaVersion' must be an integer");
            if (!PrincipleCatalog.SupportedSchemaVersions.Contains(schemaVersion))
                throw Error($"unknown schemaVersion {schemaVersion} (this version of ModelLaw reads {string.Join(", ", PrincipleCatalog.SupportedSchemaVersions)})");

            var id = RequiredString(root, "id", "catalogue");
            var title = RequiredString(root, "title", "catalogue");
            var version = RequiredString(root, "version", "catalogue");
            var description = OptionalString(root, "description", "catalogue");
            var operational = ReadOperational(root, "catalogue");

            if (!root.TryGetProperty("principles", out var list)) throw Error("missing required field 'principles'");
            if (list.ValueKind != JsonValueKind.Array) throw Error("'principles' must be an array");
            if (list.GetArrayLength() == 0) throw Error("'principles' is empty");

            var principles = ImmutableArray.CreateBuilder<Principle>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var p = ReadPrinciple(item, index++);
                if (!seen.Add(p.Id)) throw Error($"duplicate principle id '{p.Id}'");
                principles.Add(p);
            }
            return new PrincipleCatalog
            {
                Id = id, Title = title, Version = version, Description = description, SchemaVersion = schemaVersion,
                Operational = operational, Principles = principles.ToImmutable(), SourceName = sourceName,
            };
        }

        private Principle ReadPrinciple(JsonElement e, int index)
        {
            var where = $"principles[{index}]";
            if (e.ValueKind != JsonValueKind.Object) throw Error($"{where} must be an object");
            var id = RequiredString(e, "id", where);
            if (!IdPattern().IsMatch(id)) throw Error($"{where}: id '{id}' must be lower-case words joined by '-'");
            where = $"principle '{id}'";
            var name = RequiredString(e, "name", where);
            var definition = RequiredString(e, "definition", where);

            var sources = ImmutableArray.CreateBuilder<PrincipleSource>();
            if (e.TryGetProperty("sources", out var srcs))
            {
                if (srcs.ValueKind != JsonValueKind.Array) throw Error($"{where}: 'sources' must be an array");
                int i = 0;
                foreach (var s in srcs.EnumerateArray())
                {
                    var sw = $"{where} sources[{i++}]";
                    if (s.ValueKind != JsonValueKind.Object) throw Error($"{sw} must be an object");
                    sources.Add(new PrincipleSource(RequiredString(s, "instrument", sw), RequiredString(s, "pinpoint", sw), OptionalString(s, "url", sw)));
                }
            }

            if (!e.TryGetProperty("indicators", out var ind)) throw Error($"{where}: missing required field 'indicators'");
            if (ind.ValueKind != JsonValueKind.Object) throw Error($"{where}: 'indicators' must be an object of language → phrases");
            var indicators = ImmutableDictionary.CreateBuilder<string, ImmutableArray<IndicatorPhrase>>(StringComparer.Ordinal);
            foreach (var lang in ind.EnumerateObject())
            {
                var lw = $"{where} indicators.{lang.Name}";
                var code = Language(lang.Name, lw);
                if (lang.Value.ValueKind != JsonValueKind.Array) throw Error($"{lw} must be an array");
                var phrases = ImmutableArray.CreateBuilder<IndicatorPhrase>();
                int i = 0;
                foreach (var ph in lang.Value.EnumerateArray())
                    phrases.Add(ReadPhrase(ph, $"{lw}[{i++}]"));
                indicators[code] = phrases.ToImmutable();
            }
            if (indicators.Values.All(v => v.IsEmpty)) throw Error($"{where}: no indicator phrases");

            var excludes = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            if (e.TryGetProperty("excludes", out var ex))
            {
                if (ex.ValueKind != JsonValueKind.Object) throw Error($"{where}: 'excludes' must be an object of language → phrases");
                foreach (var lang in ex.EnumerateObject())
                    excludes[Language(lang.Name, $"{where} excludes")] = StringArray(lang.Value, $"{where} excludes.{lang.Name}");
            }

            return new Principle
            {
                Id = id, Name = name, Definition = definition, Sources = sources.ToImmutable(),
                Indicators = indicators.ToImmutable(), Excludes = excludes.ToImmutable(), Operational = ReadOperational(e, where),
                Elements = ReadElements(e, where),
            };
        }

        private ImmutableArray<PrincipleElement> ReadElements(JsonElement e, string where)
        {
            if (!e.TryGetProperty("elements", out var list)) return ImmutableArray<PrincipleElement>.Empty;
            if (list.ValueKind != JsonValueKind.Array) throw Error($"{where}: 'elements' must be an array");
            var result = ImmutableArray.CreateBuilder<PrincipleElement>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var ew = $"{where} elements[{i++}]";
                if (item.ValueKind != JsonValueKind.Object) throw Error($"{ew} must be an object");
                var id = RequiredString(item, "id", ew);
                if (!IdPattern().IsMatch(id)) throw Error($"{ew}: id '{id}' must be lower-case words joined by '-'");
                if (!seen.Add(id)) throw Error($"{where}: duplicate element id '{id}'");
                var name = RequiredString(item, "name", ew);
                if (!item.TryGetProperty("indicators", out var ind) || ind.ValueKind != JsonValueKind.Object)
                    throw Error($"{ew}: 'indicators' must be an object of language → phrases");
                var indicators = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
                foreach (var lang in ind.EnumerateObject())
                    indicators[Language(lang.Name, $"{ew} indicators")] = StringArray(lang.Value, $"{ew} indicators.{lang.Name}");
                if (indicators.Values.All(v => v.IsEmpty)) throw Error($"{ew}: no phrases");
                result.Add(new PrincipleElement { Id = id, Name = name, Indicators = indicators.ToImmutable() });
            }
            return result.ToImmutable();
        }

        private IndicatorPhrase ReadPhrase(JsonElement e, string where)
        {
            if (e.ValueKind != JsonValueKind.Object) throw Error($"{where} must be an object with 'phrase' and 'weight'");
            var phrase = RequiredString(e, "phrase", where);
            if (!e.TryGetProperty("weight", out var w)) throw Error($"{where}: missing required field 'weight'");
            if (w.ValueKind != JsonValueKind.Number || !w.TryGetDouble(out var weight) || !(weight > 0 && weight <= 1))
                throw Error($"{where}: 'weight' must be a number in (0, 1]");
            var negatable = true;
            if (e.TryGetProperty("negatable", out var n))
            {
                if (n.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw Error($"{where}: 'negatable' must be true or false");
                negatable = n.GetBoolean();
            }
            if (phrase.Replace("*", "", StringComparison.Ordinal).Trim().Length == 0) throw Error($"{where}: empty phrase");
            return new IndicatorPhrase(phrase, weight) { Negatable = negatable };
        }

        private ImmutableDictionary<string, OperationalMarkers> ReadOperational(JsonElement e, string where)
        {
            var result = ImmutableDictionary.CreateBuilder<string, OperationalMarkers>(StringComparer.Ordinal);
            if (!e.TryGetProperty("operational", out var op)) return result.ToImmutable();
            if (op.ValueKind != JsonValueKind.Object) throw Error($"{where}: 'operational' must be an object of language → markers");
            foreach (var lang in op.EnumerateObject())
            {
                var lw = $"{where} operational.{lang.Name}";
                var code = Language(lang.Name, lw);
                if (lang.Value.ValueKind != JsonValueKind.Object) throw Error($"{lw} must be an object");
                foreach (var prop in lang.Value.EnumerateObject())
                    if (prop.Name is not ("obligations" or "authorities" or "procedures" or "declaratory" or "nonNormativeHeadings" or "nonNormativeOpenings"))
                        throw Error($"{lw}: unknown field '{prop.Name}' (expected obligations, authorities, procedures, declaratory, nonNormativeHeadings, nonNormativeOpenings)");
                result[code] = new OperationalMarkers
                {
                    Obligations = OptionalStringArray(lang.Value, "obligations", lw),
                    Authorities = OptionalStringArray(lang.Value, "authorities", lw),
                    Procedures = OptionalStringArray(lang.Value, "procedures", lw),
                    Declaratory = OptionalStringArray(lang.Value, "declaratory", lw),
                    NonNormativeHeadings = OptionalStringArray(lang.Value, "nonNormativeHeadings", lw),
                    NonNormativeOpenings = OptionalStringArray(lang.Value, "nonNormativeOpenings", lw),
                };
            }
            return result.ToImmutable();
        }

        private string Language(string name, string where)
        {
            var code = LanguageCode.Primary(name);
            if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower)) throw Error($"{where}: '{name}' is not a language code");
            return code;
        }

        private ImmutableArray<string> OptionalStringArray(JsonElement e, string field, string where) =>
            e.TryGetProperty(field, out var v) ? StringArray(v, $"{where}.{field}") : ImmutableArray<string>.Empty;

        private ImmutableArray<string> StringArray(JsonElement v, string where)
        {
            if (v.ValueKind != JsonValueKind.Array) throw Error($"{where} must be an array of strings");
            var b = ImmutableArray.CreateBuilder<string>();
            foreach (var s in v.EnumerateArray())
            {
                if (s.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(s.GetString())) throw Error($"{where} must hold non-empty strings");
                b.Add(s.GetString()!);
            }
            return b.ToImmutable();
        }

        private string RequiredString(JsonElement e, string field, string where)
        {
            if (!e.TryGetProperty(field, out var v)) throw Error($"{where}: missing required field '{field}'");
            if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())) throw Error($"{where}: '{field}' must be a non-empty string");
            return v.GetString()!;
        }

        private string? OptionalString(JsonElement e, string field, string where)
        {
            if (!e.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind != JsonValueKind.String) throw Error($"{where}: '{field}' must be a string");
            return v.GetString();
        }
    }
}
