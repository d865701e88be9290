// Compares a national text with a model law through the ModelLaw NuGet package:
//   dotnet run -- MODEL NATIONAL
using ModelLaw;
using ModelLaw.Errors;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run -- MODEL NATIONAL");
    return 2;
}

var engine = ModelLawEngine.CreateDefault();
try
{
    var model = await engine.ReadAsync(args[0]);
    var national = await engine.ReadAsync(args[1]);
    var comparison = engine.Compare(model, national);
    var s = comparison.Summary;
    Console.WriteLine($"{national.Title}");
    Console.WriteLine($"model articles {s.ModelUnits}, national {s.NationalUnits}: " +
                      $"verbatim {s.Verbatim}, modified {s.Modified}, moved {s.Moved}, split {s.Split}, merged {s.Merged}, " +
                      $"omitted {s.Omitted}, added {s.Added}; model text kept {s.ModelTextKept:P0}");
    foreach (var row in comparison.Concordance.Take(5))
        Console.WriteLine($"  {row.ModelCitation} -> {string.Join(", ", row.NationalCitations)}  {row.Relation} {row.Similarity:0.00}");
    return 0;
}
catch (ModelLawException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 3;
}
