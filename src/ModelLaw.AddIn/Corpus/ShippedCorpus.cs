using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ModelLaw.AddIn.Hosting;

namespace ModelLaw.AddIn.Corpus;

/// <summary>A model law shipped in <c>corpus/models</c>.</summary>
/// <param name="Id">Stable id: the file name without extension (with it, when two files share a stem).</param>
/// <param name="Title">A human title: the first line of a text file, else the id made readable.</param>
/// <param name="FileName">The file name.</param>
/// <param name="Format">"text", "docx" or "akn", from the extension.</param>
public sealed record ShippedModel(string Id, string Title, string FileName, string Format);

/// <summary>A principle catalogue shipped in <c>corpus/principles</c>.</summary>
/// <param name="Id">Stable id: the catalogue's own <c>id</c>, else the file name without extension.</param>
/// <param name="Title">The catalogue's title.</param>
/// <param name="Version">The catalogue's version, when given.</param>
/// <param name="Principles">How many principles it lists.</param>
/// <param name="FileName">The file name.</param>
public sealed record ShippedCatalog(string Id, string Title, string? Version, int Principles, string FileName);

/// <summary>What the host ships: model laws and principle catalogues.</summary>
/// <param name="Models">Model laws, ordered by id.</param>
/// <param name="Catalogs">Principle catalogues, ordered by id.</param>
public sealed record CorpusListing(ImmutableArray<ShippedModel> Models, ImmutableArray<ShippedCatalog> Catalogs);

/// <summary>
/// The shipped corpus. Lists what is there and opens an entry by id. Ids are looked up in the listing, so a request can never
/// name a path: anything that is not exactly a listed id is refused. Stateless: the folder is listed on each call.
/// </summary>
public sealed partial class ShippedCorpus
{
    private static readonly string[] ModelExtensions = [".txt", ".md", ".docx", ".xml", ".akn"];

    private readonly string _root;

    /// <summary>Creates the corpus over the configured folder.</summary>
    public ShippedCorpus(IOptions<AddInOptions> options)
    {
        var path = options.Value.CorpusPath;
        _root = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path));
    }

    /// <summary>The corpus folder (absolute).</summary>
    public string Root => _root;

    /// <summary>Lists the shipped model laws and principle catalogues.</summary>
    public CorpusListing List() => new(ListModels(), ListCatalogs());

    /// <summary>Finds a shipped model by id; null when no listed model has exactly that id.</summary>
    public ShippedModel? FindModel(string? id) =>
        IsWellFormedId(id) ? ListModels().FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal)) : null;

    /// <summary>Finds a shipped catalogue by id; null when no listed catalogue has exactly that id.</summary>
    public ShippedCatalog? FindCatalog(string? id) =>
        IsWellFormedId(id) ? ListCatalogs().FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal)) : null;

    /// <summary>Opens a listed model for reading.</summary>
    public Stream OpenModel(ShippedModel model) => File.OpenRead(Path.Combine(ModelsFolder, model.FileName));

    /// <summary>The full path of a listed catalogue (for the catalogue loader).</summary>
    public string CatalogPath(ShippedCatalog catalog) => Path.Combine(PrinciplesFolder, catalog.FileName);

    /// <summary>True for ids made only of letters, digits, '.', '_' and '-', not starting with '.', at most 100 characters.</summary>
    public static bool IsWellFormedId(string? id) => id is { Length: > 0 and <= 100 } && IdPattern().IsMatch(id);

    private string ModelsFolder => Path.Combine(_root, "models");

    private string PrinciplesFolder => Path.Combine(_root, "principles");

    private ImmutableArray<ShippedModel> ListModels()
    {
        if (!Directory.Exists(ModelsFolder)) return ImmutableArray<ShippedModel>.Empty;
        var files = Directory.EnumerateFiles(ModelsFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => ModelExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var stems = files.GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return files
            .Select(f =>
            {
                var stem = Path.GetFileNameWithoutExtension(f);
                var id = stems[stem] == 1 ? stem : f;
                return new ShippedModel(id, TitleOf(f, stem), f, FormatOf(f));
            })
            .Where(m => IsWellFormedId(m.Id))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private ImmutableArray<ShippedCatalog> ListCatalogs()
    {
        if (!Directory.Exists(PrinciplesFolder)) return ImmutableArray<ShippedCatalog>.Empty;
        return Directory.EnumerateFiles(PrinciplesFolder, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Select(ReadCatalogHeader)
            .Where(c => IsWellFormedId(c.Id))
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private ShippedCatalog ReadCatalogHeader(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        try
        {
            using var stream = File.OpenRead(Path.Combine(PrinciplesFolder, fileName));
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            var root = json.RootElement;
            string? Str(string name) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var count = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("principles", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.GetArrayLength() : 0;
            return new ShippedCatalog(Str("id") ?? stem, Str("title") ?? Humanize(stem), Str("version"), count, fileName);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            // listed anyway so the problem surfaces when it is used, as a typed error from the catalogue loader
            return new ShippedCatalog(stem, Humanize(stem), null, 0, fileName);
        }
    }

    private string TitleOf(string fileName, string stem)
    {
        if (FormatOf(fileName) != "text") return Humanize(stem);
        try
        {
            // the first paragraph (lines up to the first blank one): "MODEL LAW" + "ON COUNTERING ..." make one title
            var words = new List<string>();
            foreach (var line in File.ReadLines(Path.Combine(ModelsFolder, fileName)).Take(20))
            {
                var t = line.Trim().TrimStart('#').Trim();
                if (t.Length > 0) words.Add(t);
                else if (words.Count > 0) break;
            }
            var title = string.Join(' ', words);
            if (title.Length > 0) return title.Length > 160 ? title[..160] + "…" : title;
        }
        catch (IOException)
        {
            // unreadable files keep the readable id
        }
        return Humanize(stem);
    }

    private static string FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".docx" => "docx",
        ".xml" or ".akn" => "akn",
        _ => "text",
    };

    private static string Humanize(string stem)
    {
        var words = stem.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? stem : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-][A-Za-z0-9._\-]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdPattern();
}
