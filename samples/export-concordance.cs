#!/usr/bin/env dotnet
// Exports the concordance tables of the shipped corpus (every national text against the model in its language) as one
// tidy CSV for R or pandas: one row per model article (merged articles get a row each) and per added national article.
//
//   dotnet run samples/export-concordance.cs                              # writes out/concordance.csv
//   dotnet run samples/export-concordance.cs -- corpus out/concordance.csv
//
// Columns: national, language, model_article (number, the same in every language), model_citation, national_citations
// ("; "-separated), relation (identical, equivalent, modified, renumbered, moved, split, merged, omitted, added),
// similarity (0..1). UTF-8 without BOM, "\n" line ends, RFC 4180 quoting.
//
//   R:      d <- read.csv("out/concordance.csv", encoding = "UTF-8"); table(d$national, d$relation)
//   pandas: d = pd.read_csv("out/concordance.csv"); pd.crosstab(d.national, d.relation)
#:project ../src/ModelLaw/ModelLaw.csproj

using System.Globalization;
using System.Text;
using ModelLaw;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Writing.Csv;
using ModelLaw.Writing.Json;

var corpus = args.Length > 0 ? args[0] : "corpus";
var outPath = args.Length > 1 ? args[1] : Path.Combine("out", "concordance.csv");
if (!Directory.Exists(Path.Combine(corpus, "national")))
{
    Console.Error.WriteLine($"export-concordance: no corpus at '{Path.GetFullPath(corpus)}' (run from the repository root or pass the corpus folder)");
    return 3;
}

var engine = ModelLawEngine.CreateDefault();
var csv = new StringBuilder("national,language,model_article,model_citation,national_citations,relation,similarity\n");
int texts = 0, rows = 0;

foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "national"))
             .Where(f => Path.GetExtension(f) is ".txt" or ".md").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(path);                  // "valmont.fr"
    var lang = name[(name.LastIndexOf('.') + 1)..];
    var modelPath = Path.Combine(corpus, "models", $"ai-ct-model-law.{lang}.txt");
    if (!File.Exists(modelPath)) continue;

    var model = await engine.ReadAsync(modelPath);
    var comparison = engine.Compare(model, await engine.ReadAsync(path));
    var articleNumbers = model.Root.DescendantsAndSelf()
        .Where(p => p.Kind == ProvisionKind.Article && p.Number?.Ordinal is not null)
        .GroupBy(p => p.Citation)
        .ToDictionary(g => g.Key, g => g.First().Number!.Ordinal!.Value);

    foreach (var row in comparison.Concordance)
    {
        // a merge names several model articles ("Article 35 + Article 36"): one row for each keeps the table tidy
        foreach (var citation in row.ModelCitation.Split(" + "))
        {
            var number = articleNumbers.TryGetValue(citation, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";
            csv.Append(CultureInfo.InvariantCulture, $"{name},{lang},{number},{ConcordanceCsvWriter.Field(citation)},")
               .Append(CultureInfo.InvariantCulture, $"{ConcordanceCsvWriter.Field(string.Join("; ", row.NationalCitations))},")
               .Append(CultureInfo.InvariantCulture, $"{ComparisonJsonWriter.RelationName(row.Relation)},{row.Similarity.ToString("0.####", CultureInfo.InvariantCulture)}\n");
            rows++;
        }
    }
    texts++;
}

var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
await File.WriteAllTextAsync(outPath, csv.ToString(), new UTF8Encoding(false));
Console.WriteLine($"{outPath}: {rows} rows from {texts} national texts");
return 0;
