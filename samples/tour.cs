#!/usr/bin/env dotnet
// The library part of README's five-minute tour, runnable as it stands (tested): dotnet run samples/tour.cs
#:project ../src/ModelLaw/ModelLaw.csproj

using ModelLaw;
using ModelLaw.Coverage;

var engine = ModelLawEngine.CreateDefault();            // or services.AddModelLaw() and inject ModelLawEngine
var model = await engine.ReadAsync("corpus/models/ai-ct-model-law.en.txt");   // .txt, .md, .docx or AKN: sniffed by content
var national = await engine.ReadAsync("corpus/national/arcadia.en.txt");

var comparison = engine.Compare(model, national);       // immutable: Links (tree), Summary, Concordance
Console.WriteLine($"{national.Title}: {comparison.Summary.ModelTextKept:P0} of the model text kept");
foreach (var row in comparison.Concordance.Take(6))
    Console.WriteLine($"  {row.ModelCitation} → {string.Join(", ", row.NationalCitations)}  {row.Relation} {row.Similarity:0.00}");

var catalog = PrincipleCatalog.Load("corpus/principles/ai-counter-terrorism.json");
var coverage = engine.Coverage(national, catalog);      // covered / partial / absent, with evidence
foreach (var gap in coverage.Principles.Where(p => p.Status != CoverageStatus.Covered))
    Console.WriteLine($"  gap: {gap.Principle.Name} ({gap.Status})");

var lint = engine.Lint(national);                        // findings with severity, code, citation, line
Console.WriteLine($"  lint: {lint.Errors} errors, {lint.Warnings} warnings");
var act = engine.Amendments(comparison);                 // "In Article 3(2), the word 'Law' is replaced by 'Act'.", "Article 17 is moved ..."
Console.WriteLine($"  amending act: {act.Instructions.Length} instructions");

Directory.CreateDirectory("out");
await engine.WriteRedlineAsync(comparison, "out/arcadia.redline.docx");   // Word redline with tracked changes
Console.WriteLine("  wrote out/arcadia.redline.docx");
