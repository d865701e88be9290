using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using ModelLaw.Writing.PlainText;

namespace ModelLaw.Tests.Reading;

/// <summary>
/// Ground truth by construction: a Commonwealth act of any shape (Parts, sections with inserted numbers 5A and 4.01,
/// marginal notes, subsections with paragraphs, the first subsection run on after the number in either layout) is
/// rendered as text, parsed, written back as text and parsed again; both trees have exactly the generated sections,
/// notes, subsections and paragraphs.
/// </summary>
public class CommonLawShapeProperties
{
    private static readonly TextParser Parser = TextParser.CreateDefault();
    private static readonly string[] Notes = ["Short title", "Interpretation", "Powers of the Minister", "Register of providers", "Offences", "Review"];

    /// <summary>One section: its number, its note, the paragraphs of each subsection (0 subsections: a one-sentence section).</summary>
    private sealed record Section(string Number, string Note, int[] Subsections, bool Canadian);

    private static Gen<Section[]> Acts() =>
        from count in Gen.Choose(2, 12)
        from shapes in Gen.Choose(0, 3).SelectMany(n => Gen.Choose(0, 3).ArrayOf(n)).ArrayOf(count)
        from inserted in Gen.Elements("", "", "", "A", ".01", ".1").ArrayOf(count)
        from notes in Gen.Elements(Notes).ArrayOf(count)
        from canadian in Gen.Elements(true, false)
        select Enumerable.Range(0, count).Select(i => new Section(
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (i == 0 ? "" : inserted[i]), notes[i], shapes[i], canadian)).ToArray();

    private static string Render(Section[] act)
    {
        var sb = new StringBuilder("REGISTERS ACT 2026\nAn Act to provide for registers.\nPART 1\nPRELIMINARY\n");
        foreach (var s in act)
        {
            sb.Append(s.Note).Append('\n');
            if (s.Subsections.Length == 0) { sb.Append(s.Number).Append(s.Canadian ? " " : ". ").Append("The Minister shall keep a register.\n"); continue; }
            for (int k = 0; k < s.Subsections.Length; k++)
            {
                var lead = s.Subsections[k] > 0 ? "The Minister shall, in the register, record" : "The Minister shall publish the register.";
                if (k == 0) sb.Append(s.Number).Append(s.Canadian ? " " : ".—");
                sb.Append('(').Append(k + 1).Append(") ").Append(lead).Append('\n');
                for (int p = 0; p < s.Subsections[k]; p++) sb.Append('(').Append((char)('a' + p)).Append(") the name of provider ").Append(p + 1).Append(";\n");
            }
        }
        return sb.ToString();
    }

    private static bool HasShape(LegalDocument doc, Section[] act)
    {
        var units = doc.Units.ToList();
        if (units.Count != act.Length) return false;
        for (int i = 0; i < act.Length; i++)
        {
            var u = units[i];
            var subsections = u.Children.Where(c => c.Kind == ProvisionKind.ActSubsection).ToList();
            if (u.Kind != ProvisionKind.ActSection || u.Number!.Value != act[i].Number || u.Heading != act[i].Note) return false;
            if (subsections.Count != act[i].Subsections.Length) return false;
            if (!subsections.Select(c => c.Children.Count(p => p.Kind == ProvisionKind.ActParagraph)).SequenceEqual(act[i].Subsections)) return false;
        }
        return doc.Provisions.Count(p => p.Kind == ProvisionKind.Part) == 1;
    }

    [Test]
    public void A_commonwealth_act_of_any_shape_parses_and_round_trips_to_that_shape() =>
        Prop.ForAll(Acts().ToArbitrary(), act =>
        {
            var doc = Parser.Parse(Render(act), ReadOptions.Default with { SourceName = "act.txt" });
            var again = Parser.Parse(new PlainTextWriter().Render(doc), ReadOptions.Default with { SourceName = "again.txt" });
            if (!HasShape(doc, act)) TestContext.Out.WriteLine("--- first parse of:\n" + Render(act) + new OutlineWriter().Render(doc));
            else if (!HasShape(again, act)) TestContext.Out.WriteLine("--- second parse:\n" + new OutlineWriter().Render(again));
            return HasShape(doc, act) && HasShape(again, act);
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Section_numbers_order_part_by_part_with_decimal_fractions()
    {
        var ordered = new[] { "4", "4.01", "4.1", "4.2", "4.21", "4.3", "5", "5A", "5B", "6", "27.1", "28", "3520", "3520A", "3521" };
        Prop.ForAll(Gen.Choose(0, ordered.Length - 1).Two().ToArbitrary(), pair =>
        {
            var (i, j) = pair;
            return Math.Sign(ModelLaw.Reading.PlainText.Headings.SectionHeadings.Compare(ordered[i], ordered[j])) == Math.Sign(i.CompareTo(j));
        }).QuickCheckThrowOnFailure();
    }
}
