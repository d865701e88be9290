#!/usr/bin/env dotnet
// Gap analysis of the shipped corpus: every national adaptation in corpus/national is compared with the model law in
// its own language (the model set corpus/models), and two matrices are printed:
//   1. model articles × national texts: what each State did with each article of the model (ArticleMatrix)
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

var corpus = args.Length > 0 ? args[0] : "corpus";
if (!Directory.Exists(Path.Combine(corpus, "national")))
{
    Console.Error.WriteLine($"gap-analysis: no corpus at '{Path.GetFullPath(corpus)}' (run from the repository root or pass the corpus folder)");
    return 3;
}

var engine = ModelLawEngine.CreateDefault();
var catalog = PrincipleCatalog.Load(Path.Combine(corpus, "principles", "ai-counter-terrorism.json"));

// the model in six languages, and the same set with each version's principle labels applied (labels are tags that
// count in a provision's content hash, so the matrix is made with the model as written and coverage with the labelled one)
var models = await engine.LoadModelSetAsync(Path.Combine(corpus, "models"));
var labelled = models.Select(m =>
{
    var labels = Path.Combine(corpus, "labels", Path.GetFileNameWithoutExtension(m.Path!) + ".principles.json");
    return File.Exists(labels) ? PrincipleLabels.Load(labels).ApplyTo(m.Document) : m.Document;
});

var comparisons = new List<Comparison>();
var reports = new List<CoverageReport>();
foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "national"))
             .Where(f => Path.GetExtension(f) is ".txt" or ".md").Order(StringComparer.Ordinal))
{
    var national = await engine.ReadAsync(path);
    comparisons.Add(engine.Compare(models, national));            // with the model in the text's language
    reports.Add(engine.Coverage(national, catalog, engine.Compare(labelled, national)));  // found, and derived through the model
}
var matrix = engine.Matrix(comparisons);
var columns = matrix.Texts.Select(t => Path.GetFileNameWithoutExtension(t.Name)).ToList();

const int First = 10, Width = 13;
string Cell(string s) => s.Length > Width - 1 ? s[..(Width - 1)].PadRight(Width) : s.PadRight(Width);

Console.WriteLine("1. What each State did with each article of the model");
Console.WriteLine("   = identical  ~ equivalent  M modified  R renumbered  > moved  S split  J merged  - omitted");
Console.WriteLine();
Console.WriteLine("Article".PadRight(First) + string.Concat(columns.Select(Cell)));
foreach (var row in matrix.Rows.Where(r => r.Article.Ordinal is not null))
    Console.WriteLine($"{row.Article.Ordinal,-First}" + string.Concat(row.Cells.Select(c => Cell(c is null ? "" : Code(c.Relation)))));
Console.WriteLine("added".PadRight(First) + string.Concat(matrix.Texts.Select(t => Cell(t.Added.Length.ToString()))));
Console.WriteLine("omitted".PadRight(First) + string.Concat(matrix.Texts.Select((_, i) =>
    Cell(matrix.Rows.Count(r => r.Article.Ordinal is not null && r.Cells[i]?.Fate == ModelLaw.Workflows.Matrix.ArticleFate.Omitted).ToString()))));

var gaps = GapMatrix.From(catalog, reports, columns);
Console.WriteLine();
Console.WriteLine("2. Key principles (# covered, + partial, . absent)");
Console.WriteLine();
const int Principle = 34;
Console.WriteLine("Principle".PadRight(Principle) + string.Concat(columns.Select(Cell)));
foreach (var row in gaps.Rows)
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
    var t = gaps.TotalsFor(i);
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
