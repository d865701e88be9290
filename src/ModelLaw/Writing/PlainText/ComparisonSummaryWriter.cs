using System.Globalization;
using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Writing.PlainText;

/// <summary>
/// Writes what a reader wants first from a comparison, as plain text for a terminal: the two texts, the counts of
/// units kept, modified, moved, split, merged, omitted and added, and the omitted and added units by citation and
/// heading. <c>modellaw compare</c> prints it on a terminal; every detail is in the json, csv and md formats.
/// </summary>
public sealed class ComparisonSummaryWriter : IComparisonWriter
{
    /// <summary>Omitted or added units listed by name before the list is cut short.</summary>
    private const int Listed = 12;

    /// <inheritdoc />
    public string FormatName => "summary";

    /// <inheritdoc />
    public void Write(Comparison comparison, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var inv = CultureInfo.InvariantCulture;
        var s = comparison.Summary;
        w.WriteLine($"Model:    {Describe(comparison.Model, s.ModelUnits)}");
        w.WriteLine($"National: {Describe(comparison.National, s.NationalUnits)}");
        w.WriteLine();
        w.WriteLine(string.Create(inv,
            $"Of the model's {s.ModelUnits} {UnitWords.Of(comparison.Model, s.ModelUnits)}: {s.Verbatim} kept verbatim, {s.Modified} modified, {s.Moved} moved, {s.Split} split, {s.Merged} merged, {s.Omitted} omitted."));
        w.WriteLine(string.Create(inv,
            $"The national text adds {s.Added} {UnitWords.Of(comparison.National, s.Added)}; it keeps {s.ModelTextKept * 100:0}% of the model's words."));
        var units = comparison.AllLinks().Where(l => l.Level.IsUnit()).ToList();
        List("Omitted", units.Where(l => l.Relation == AlignmentRelation.Omitted).SelectMany(l => l.Model), w);
        List("Added", units.Where(l => l.Relation == AlignmentRelation.Added).SelectMany(l => l.National), w);
        foreach (var d in comparison.Diagnostics) w.WriteLine($"note: {d}");
        w.WriteLine();
        w.WriteLine("Every provision with its word diff: --format json, csv (concordance) or md (report), or -o FILE.");
    }

    private static void List(string what, IEnumerable<Provision> provisions, StreamWriter w)
    {
        var all = provisions.Distinct(ReferenceEqualityComparer.Instance).Cast<Provision>().ToList();
        if (all.Count == 0) return;
        w.WriteLine();
        w.WriteLine($"{what}:");
        foreach (var p in all.Take(Listed))
            w.WriteLine(p.Heading is { Length: > 0 } h ? $"  {p.Citation}  {h}" : $"  {p.Citation}");
        if (all.Count > Listed) w.WriteLine($"  … and {all.Count - Listed} more");
    }

    private static string Describe(LegalDocument d, int units)
    {
        var name = d.SourceName is { Length: > 0 } n ? n + ": " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{name}{d.Title} ({units} {UnitWords.Of(d, units)}, {d.Language})");
    }
}
