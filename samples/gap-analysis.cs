#!/usr/bin/env dotnet
// Gap analysis of the shipped corpus: every national adaptation in corpus/national is compared with the model law in
// its own language, and two matrices are printed:
//   1. model articles × national texts: what each State did with each article of the model
//   2. key principles × national texts: covered / partial / absent (the model's principle labels carried through the alignment)
//
//   dotnet run samples/gap-analysis.cs                  # from the repository root
//   dotnet run samples/gap-analysis.cs -- path/to/corpus
//
// Exit code 0 on success, 3 when the corpus cannot be read.
#:project ../src/ModelLaw/ModelLaw.csproj

using ModelLaw;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

var corpus = args.Length > 0 ? args[0] : "corpus";
if (!Directory.Exists(Path.Combine(corpus, "national")))
{
    Console.Error.WriteLine($"gap-analysis: no corpus at '{Path.GetFullPath(corpus)}' (run from the repository root or pass the corpus folder)");
    return 3;
}

var engine = ModelLawEngine.CreateDefault();
var catalog = PrincipleCatalog.Load(Path.Combine(corpus, "principles", "ai-counter-terrorism.json"));

// national texts are named <state>.<lang>.txt (or .md); the model in that language is models/ai-ct-model-law.<lang>.txt
var nationals = Directory.EnumerateFiles(Path.Combine(corpus, "national"))
    .Where(f => Path.GetExtension(f) is ".txt" or ".md")
    .Order(StringComparer.Ordinal)
    .ToList();

var columns = new List<string>();
var articleCells = new Dictionary<int, Dictionary<string, string>>();   // model article number → column → code
var added = new Dictionary<string, int>();
var reports = new List<CoverageReport>();

foreach (var path in nationals)
{
    var name = Path.GetFileNameWithoutExtension(path);                  // "arcadia.en"
    var lang = name[(name.LastIndexOf('.') + 1)..];
    var modelPath = Path.Combine(corpus, "models", $"ai-ct-model-law.{lang}.txt");
    var labelsPath = Path.Combine(corpus, "labels", $"ai-ct-model-law.{lang}.principles.json");
    if (!File.Exists(modelPath)) continue;

    var model = await engine.ReadAsync(modelPath);
    var national = await engine.ReadAsync(path);
    var comparison = engine.Compare(model, national);
    columns.Add(name);

    // the article concordance (the same rows `modellaw compare --format csv` and export-concordance.cs write);
    // citations are language-specific ("Article 5", "Статья 5", "第五条"), article numbers are not
    var numbers = model.Root.DescendantsAndSelf()
        .Where(p => p.Kind == ProvisionKind.Article && p.Number?.Ordinal is not null)
        .GroupBy(p => p.Citation)
        .ToDictionary(g => g.Key, g => g.First().Number!.Ordinal!.Value);
    foreach (var row in comparison.Concordance)
    {
        if (row.Relation == AlignmentRelation.Added) { added[name] = added.GetValueOrDefault(name) + 1; continue; }
        foreach (var citation in row.ModelCitation.Split(" + "))          // a merge names several model articles
        {
            if (!numbers.TryGetValue(citation, out var n)) continue;     // a paragraph or point that moved on its own
            if (!articleCells.TryGetValue(n, out var cells)) articleCells[n] = cells = [];
            cells[name] = Code(row.Relation);
        }
    }
    // coverage is also derived through the model's principle labels: compare with the labelled model for that
    // (labels are tags on the model's provisions; the article matrix above uses the model as written)
    var viaModel = File.Exists(labelsPath)
        ? engine.Compare(PrincipleLabels.Load(labelsPath).ApplyTo(model), national)
        : null;
    reports.Add(engine.Coverage(national, catalog, viaModel));
}

const int First = 10, Width = 13;
string Cell(string s) => s.Length > Width - 1 ? s[..(Width - 1)].PadRight(Width) : s.PadRight(Width);

Console.WriteLine("1. What each State did with each article of the model");
Console.WriteLine("   = identical  ~ equivalent  M modified  R renumbered  > moved  S split  J merged  - omitted");
Console.WriteLine();
Console.WriteLine("Article".PadRight(First) + string.Concat(columns.Select(Cell)));
foreach (var (n, row) in articleCells.OrderBy(kv => kv.Key))
    Console.WriteLine($"{n,-First}" + string.Concat(columns.Select(c => Cell(row.GetValueOrDefault(c, "-")))));
Console.WriteLine("added".PadRight(First) + string.Concat(columns.Select(c => Cell(added.GetValueOrDefault(c).ToString()))));
Console.WriteLine("omitted".PadRight(First) + string.Concat(columns.Select(c =>
    Cell(articleCells.Values.Count(r => r.GetValueOrDefault(c, "-") == "-").ToString()))));

var matrix = GapMatrix.From(catalog, reports, columns);
Console.WriteLine();
Console.WriteLine("2. Key principles (# covered, + partial, . absent)");
Console.WriteLine();
const int Principle = 34;
Console.WriteLine("Principle".PadRight(Principle) + string.Concat(columns.Select(Cell)));
foreach (var row in matrix.Rows)
{
    var label = row.Principle.Id.Length > Principle - 2 ? row.Principle.Id[..(Principle - 2)] : row.Principle.Id;
    Console.WriteLine(label.PadRight(Principle) + string.Concat(row.Cells.Select(c => Cell(c.Status switch
    {
        CoverageStatus.Covered => "#",
        CoverageStatus.Partial => "+",
        _ => ".",
    }))));
}
Console.WriteLine("gaps (partial+absent)".PadRight(Principle) + string.Concat(columns.Select((_, i) =>
{
    var t = matrix.TotalsFor(i);
    return Cell((t.Partial + t.Absent).ToString());
})));
return 0;

static string Code(AlignmentRelation relation) => relation switch
{
    AlignmentRelation.Identical => "=",
    AlignmentRelation.Equivalent => "~",
    AlignmentRelation.Modified => "M",
    AlignmentRelation.Renumbered => "R",
    AlignmentRelation.Moved => ">",
    AlignmentRelation.Split => "S",
    AlignmentRelation.Merged => "J",
    _ => "-",
};
