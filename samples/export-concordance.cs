#!/usr/bin/env dotnet
// Exports the concordance tables of the shipped corpus (every national text against the model in its language) as one
// tidy CSV for R or pandas: one row per national text and model article (merged articles get a row each), and one per
// added national article. The model set (corpus/models: one model law in six languages) picks each text's model.
//
//   dotnet run samples/export-concordance.cs                              # writes out/concordance.csv
//   dotnet run samples/export-concordance.cs -- corpus out/concordance.csv
//
// Columns (ArticleMatrixLongCsvWriter): text, language, model, article (number, the same in every language), model_eid,
// model_citation, model_heading, fate (kept, modified, moved, split, merged, omitted, added), relation (identical,
// equivalent, modified, renumbered, moved, split, merged, omitted, added), similarity (0..1), national_citations and
// national_eids ("; "-separated). UTF-8 without BOM, CRLF line ends, RFC 4180 quoting.
//
//   R:      d <- read.csv("out/concordance.csv", encoding = "UTF-8"); table(d$text, d$fate)
//   pandas: d = pd.read_csv("out/concordance.csv"); pd.crosstab(d.text, d.fate)
#:project ../src/ModelLaw/ModelLaw.csproj

using ModelLaw;
using ModelLaw.Comparing;

var corpus = args.Length > 0 ? args[0] : "corpus";
var outPath = args.Length > 1 ? args[1] : Path.Combine("out", "concordance.csv");
if (!Directory.Exists(Path.Combine(corpus, "national")))
{
    Console.Error.WriteLine($"export-concordance: no corpus at '{Path.GetFullPath(corpus)}' (run from the repository root or pass the corpus folder)");
    return 3;
}

var engine = ModelLawEngine.CreateDefault();
var models = await engine.LoadModelSetAsync(Path.Combine(corpus, "models"));   // one model, six languages
var comparisons = new List<Comparison>();
foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "national"))
             .Where(f => Path.GetExtension(f) is ".txt" or ".md").Order(StringComparer.Ordinal))
    comparisons.Add(engine.Compare(models, await engine.ReadAsync(path)));    // the model in the text's own language

var matrix = engine.Matrix(comparisons);                                         // States × articles, cells carry provisions
var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
await engine.WriteAsync(matrix, "long-csv", outPath);
Console.WriteLine($"{outPath}: {matrix.Texts.Sum(t => t.Cells.Length + t.Added.Length)} rows from {matrix.Texts.Length} national texts");
return 0;
