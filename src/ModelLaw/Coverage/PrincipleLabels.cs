using System.Collections.Immutable;
using System.Text.Json;
using ModelLaw.Coverage.Text;
using ModelLaw.Documents;
using ModelLaw.Text;

namespace ModelLaw.Coverage;

/// <summary>
/// Hand-made labels saying which provisions of one document address which principles:
/// <c>{"document": "corpus/models/x.txt", "catalog": "ai-counter-terrorism", "labels": {"Article 5(2)": ["human-oversight"]}}</c>.
/// Used to tag a model law's provisions (coverage through the model) and as ground truth for evaluation.
/// Provisions not listed address no principle.
/// </summary>
public sealed record PrincipleLabels
{
    /// <summary>The labelled document, as written in the file (usually a repository-relative path).</summary>
    public required string Document { get; init; }

    /// <summary>Id of the catalogue the principle ids belong to, when given.</summary>
    public string? Catalog { get; init; }

    /// <summary>Language of the document, when given.</summary>
    public string? Language { get; init; }

    /// <summary>Free description of the labelling unit, when given.</summary>
    public string? Granularity { get; init; }

    /// <summary>Citation → principle ids, in file order.</summary>
    public required ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> Labels { get; init; }

    /// <summary>Name of the file the labels were read from, when known.</summary>
    public string? SourceName { get; init; }

    /// <summary>Every principle id used, sorted.</summary>
    public IReadOnlyList<string> PrincipleIds =>
        Labels.SelectMany(l => l.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads labels from a JSON file; <see cref="InvalidConfigurationException"/> naming the file when it is malformed.</summary>
    public static PrincipleLabels Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            return Parse(File.ReadAllText(path), name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidConfigurationException($"cannot read principle labels: {ex.Message}", new SourceLocation(name), ex);
        }
    }

    /// <summary>Parses labels from JSON text.</summary>
    public static PrincipleLabels Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var where = new SourceLocation(sourceName ?? "labels");
        InvalidConfigurationException Error(string m) => new($"principle labels: {m}", where);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new InvalidConfigurationException($"principle labels are not valid JSON: {ex.Message}",
                new SourceLocation(sourceName ?? "labels", ex.LineNumber is { } l ? (int)l + 1 : null), ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error("the top level must be a JSON object");
            string? Str(string field, bool required)
            {
                if (!root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
                    return required ? throw Error($"missing required field '{field}'") : null;
                if (v.ValueKind != JsonValueKind.String) throw Error($"'{field}' must be a string");
                return v.GetString();
            }
            var document = Str("document", required: true)!;
            if (!root.TryGetProperty("labels", out var labels)) throw Error("missing required field 'labels'");
            if (labels.ValueKind != JsonValueKind.Object) throw Error("'labels' must be an object of citation → principle ids");
            var list = ImmutableArray.CreateBuilder<KeyValuePair<string, ImmutableArray<string>>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in labels.EnumerateObject())
            {
                if (!seen.Add(entry.Name)) throw Error($"citation '{entry.Name}' is listed twice");
                if (entry.Value.ValueKind != JsonValueKind.Array) throw Error($"labels of '{entry.Name}' must be an array of principle ids");
                var ids = ImmutableArray.CreateBuilder<string>();
                foreach (var id in entry.Value.EnumerateArray())
                {
                    if (id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
                        throw Error($"labels of '{entry.Name}' must be non-empty strings");
                    ids.Add(id.GetString()!);
                }
                list.Add(new(entry.Name, ids.ToImmutable()));
            }
            return new PrincipleLabels
            {
                Document = document, Catalog = Str("catalog", false), Language = Str("language", false),
                Granularity = Str("granularity", false), Labels = list.ToImmutable(), SourceName = sourceName,
            };
        }
    }

    /// <summary>Throws <see cref="InvalidConfigurationException"/> when a label names a principle the catalogue does not have.</summary>
    public void Validate(PrincipleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var unknown = PrincipleIds.Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
            throw new InvalidConfigurationException(
                $"principle labels use ids that catalogue '{catalog.Id}' does not define: {string.Join(", ", unknown)}",
                new SourceLocation(SourceName ?? "labels"));
    }

    /// <summary>
    /// Resolves the citations in <paramref name="document"/>: eId → principle ids (document order), and the citations that name
    /// no provision. Citations are matched as the document writes them, then by their numbers whatever the style
    /// ("Article 5(2)(a)", "Article 5, paragraphe 2, point a)", "Статья 5, часть 2").
    /// </summary>
    public LabelResolution Resolve(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var byEId = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unresolved = ImmutableArray.CreateBuilder<string>();
        foreach (var (citation, ids) in Labels)
        {
            var p = CitationResolver.Resolve(document, citation);
            if (p is null) { unresolved.Add(citation); continue; }
            if (!byEId.TryGetValue(p.EId, out var list)) byEId[p.EId] = list = new();
            foreach (var id in ids) if (!list.Contains(id)) list.Add(id);
        }
        var ordered = document.Provisions.Where(p => byEId.ContainsKey(p.EId))
            .Select(p => new KeyValuePair<string, ImmutableArray<string>>(p.EId, byEId[p.EId].ToImmutableArray()))
            .ToImmutableArray();
        return new LabelResolution(ordered, unresolved.ToImmutable());
    }

    /// <summary>
    /// A copy of <paramref name="document"/> whose labelled provisions carry their principle ids as <see cref="Provision.Tags"/>
    /// (tags already there are kept). Citations that resolve to no provision are reported as warning diagnostics on the copy.
    /// </summary>
    public LegalDocument ApplyTo(LegalDocument document)
    {
        var resolution = Resolve(document);
        var tags = resolution.Labels.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var root = Copy(document.Root, tags).Build();
        var diagnostics = document.Diagnostics.AddRange(resolution.Unresolved.Select(c =>
            new Diagnostic(DiagnosticSeverity.Warning, "COV010", $"label citation '{c}' of {SourceName ?? "labels"} names no provision")));
        return document with { Root = root, Diagnostics = diagnostics };

        static ProvisionBuilder Copy(Provision p, Dictionary<string, ImmutableArray<string>> tags)
        {
            var b = new ProvisionBuilder(p.Kind) { Number = p.Number, Heading = p.Heading, Content = p.Content, WrapUp = p.WrapUp, Span = p.Span };
            b.Tags.AddRange(p.Tags);
            if (tags.TryGetValue(p.EId, out var add))
                foreach (var t in add) if (!b.Tags.Contains(t)) b.Tags.Add(t);
            foreach (var c in p.Children) b.Children.Add(Copy(c, tags));
            return b;
        }
    }
}

/// <summary>Labels resolved against a document.</summary>
/// <param name="Labels">eId → principle ids, in document order.</param>
/// <param name="Unresolved">Citations that name no provision of the document.</param>
public sealed record LabelResolution(ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> Labels, ImmutableArray<string> Unresolved);

/// <summary>Finds a provision from a citation written in any of the usual styles, by walking the numbers.</summary>
internal static class CitationResolver
{
    private static readonly string[] Ordinal1 = ["premier", "premiere", "1er", "1re"];

    public static Provision? Resolve(LegalDocument document, string citation)
    {
        if (document.FindByCitation(citation) is { } direct) return direct;
        if (document.FindByEId(citation) is { } byEId) return byEId;

        var segments = Segments(citation);
        if (segments.Count == 0) return null;
        var (headWord, headValue) = segments[0];
        var head = document.Provisions.FirstOrDefault(p => p.Number is { } n && SameNumber(n, headValue) && KindFits(p.Kind, headWord));
        var current = head;
        for (int i = 1; i < segments.Count && current is not null; i++)
        {
            var value = segments[i].Value;
            current = current.Children.FirstOrDefault(c => c.Number is { } n && SameNumber(n, value))
                      ?? current.Descendants().FirstOrDefault(c => c.Number is { } n && SameNumber(n, value) && !c.Kind.IsDivision());
        }
        return current;
    }

    private static readonly System.Text.RegularExpressions.Regex ChineseSegment = new(
        @"第[（(]?(?<n>[〇零一二三四五六七八九十百千两\d]+)[)）]?(?<u>[条款项章节编])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // folded Arabic: "المادة" → "الماده", "الفصل"
    private static bool KindFits(ProvisionKind kind, string word) => word switch
    {
        _ when word.StartsWith("art", StringComparison.Ordinal) || word.StartsWith("стат", StringComparison.Ordinal) || word == "ст"
            || word is "الماده" or "ماده" => kind == ProvisionKind.Article,
        _ when word is "الفصل" or "فصل" || word.StartsWith("capitulo", StringComparison.Ordinal) => kind == ProvisionKind.Chapter,
        _ when word.StartsWith("ann", StringComparison.Ordinal) || word.StartsWith("прилож", StringComparison.Ordinal) || word.StartsWith("sched", StringComparison.Ordinal) => kind == ProvisionKind.Annex,
        _ when word.StartsWith("chap", StringComparison.Ordinal) || word.StartsWith("глав", StringComparison.Ordinal) => kind == ProvisionKind.Chapter,
        _ when word.StartsWith("sec", StringComparison.Ordinal) => kind == ProvisionKind.Section,
        _ when word.StartsWith("part", StringComparison.Ordinal) || word.StartsWith("разд", StringComparison.Ordinal) => kind == ProvisionKind.Part,
        _ => !kind.IsDivision(),
    };

    // "Article 10a(1)(b)" → [(article, 10a), (, 1), (, b)]; "Article 5, paragraphe 2, point a)" → [(article, 5), (paragraphe, 2), (point, a)];
    // "Article 13 bis, paragraphe 1" → [(article, 13bis), (paragraphe, 1)]
    private static List<(string Word, string Value)> Segments(string citation)
    {
        var result = new List<(string, string)>();
        // "第四条第一款第（一）项" → [(article, 4), (, 1), (, 1)]
        foreach (System.Text.RegularExpressions.Match m in ChineseSegment.Matches(citation))
        {
            var written = m.Groups["n"].Value;
            var value = written.All(char.IsAsciiDigit) ? written
                : ModelLaw.Text.ChineseNumerals.TryParse(written, out var v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : written;
            result.Add((m.Groups["u"].Value switch { "条" => "article", "章" => "chapter", "节" => "section", "编" => "part", _ => "" }, value));
        }
        if (result.Count > 0) return result;
        foreach (var part in citation.Split([',', '(', ';', '\u060C'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split([' ', '\u00A0', ')', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Select(Fold).Where(w => w.Length > 0).ToList();
            if (words.Count == 0) continue;
            bool hasWord = words.Count > 1 && !char.IsDigit(words[0][0]);
            var word = hasWord ? words[0] : "";
            var value = string.Concat(hasWord ? words.Skip(1) : words);
            if (Ordinal1.Contains(value)) value = "1";
            result.Add((word, value));
        }
        return result;
    }

    // "13bis" also matches a number normalised as "13a"; "13" never matches "13bis"
    private static bool SameNumber(ProvisionNumber n, string value)
    {
        var v = Fold(n.Value);
        if (v == value) return true;
        foreach (var (latin, ordinal) in ModelLaw.Text.LatinInsertions.All)
            if (value.EndsWith(latin, StringComparison.Ordinal) && v == value[..^latin.Length] + ModelLaw.Text.LatinInsertions.Letter(ordinal)) return true;
        var written = Fold(n.Written);
        return written.EndsWith(value, StringComparison.Ordinal) && written.Length > value.Length && !char.IsDigit(written[^(value.Length + 1)]);
    }

    private static string Fold(string s) => string.Concat(TextNormalizer.Fold(s).Where(char.IsLetterOrDigit));
}
