using System.Globalization;
using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Coverage;

namespace ModelLaw.Writing.Html;

/// <summary>
/// The aligned provisions side by side: one row per division heading and per article-level unit of the redline model
/// (in the national text's order), the model's wording on the left and the national wording on the right. It renders
/// the model's lines; it makes no diff of its own.
/// </summary>
internal sealed partial class ReportBuilder
{
    private void SideBySide(string id, Comparison c, CoverageReport? coverage)
    {
        var model = RedlineModelBuilder.Build(c, nationalLayout: true, nativeMoves: false, c.DiffOptions, ct: _ct);
        // across languages a word diff means nothing: both texts are shown whole, with what they share marked
        bool across = c.Diagnostics.Any(d => d.Code == Comparing.CrossLanguage.CrossLanguageComparer.UsedCode);
        _sb.Append("<h3 id=\"").Append(id).Append("-sbs\">Aligned provisions</h3>\n<table class=\"sbs\">\n<caption>The model and ").Append(E(c.National.Title))
           .Append(across ? " side by side, in their own languages: the numbers, references and terms both texts share are highlighted</caption>\n"
                          : " side by side: words the national text dropped are struck through, words it added are underlined</caption>\n")
           .Append("<colgroup><col class=\"half\"><col class=\"half\"></colgroup>\n<thead><tr><th scope=\"col\">Model</th><th scope=\"col\">National</th></tr></thead>\n<tbody>\n");
        var modelLang = LangDir(c.Model.Language);
        var nationalLang = LangDir(c.National.Language);
        foreach (var row in model.Rows())
        {
            _ct.ThrowIfCancellationRequested();
            var link = row.Head.Owner;
            if (row.IsDivision && row.Lines.Length == 1 && link.Relation is not (AlignmentRelation.Omitted or AlignmentRelation.Added))
            {
                _sb.Append("<tr class=\"division\"><td").Append(modelLang).Append('>').Append(Side(row, national: false, across)).Append("</td><td")
                   .Append(nationalLang).Append('>').Append(Side(row, national: true, across)).Append("</td></tr>\n");
                continue;
            }
            _sb.Append("<tr data-relation=\"").Append(RelationId(link.Relation)).Append("\" data-principles=\"")
               .Append(E(PrinciplesOf(link.Model, link.National, coverage))).Append("\"><td").Append(modelLang).Append('>')
               .Append(Side(row, national: false, across)).Append("</td><td").Append(nationalLang).Append('>');
            _sb.Append("<div class=\"rowhead\" lang=\"en\" dir=\"ltr\">").Append(Badge(link.Relation));
            if (link.Relation is not (AlignmentRelation.Omitted or AlignmentRelation.Added))
                _sb.Append(" <span class=\"sim\">similarity ").Append(link.Similarity.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span>");
            _sb.Append("</div>");
            if (link.Relation is AlignmentRelation.Moved or AlignmentRelation.Split or AlignmentRelation.Merged || row.Head.Note.Any(n => n.StartsWith("Definition", StringComparison.Ordinal)))
                foreach (var note in row.Head.Note)
                    _sb.Append("<p class=\"note\" lang=\"en\" dir=\"ltr\">").Append(E(note)).Append("</p>");
            _sb.Append(Side(row, national: true, across)).Append("</td></tr>\n");
        }
        _sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>Renders the lines of a row for one side: the model shows equal and deleted runs, the national text equal and inserted runs.</summary>
    private static string Side(RedlineRow row, bool national, bool across)
    {
        var sb = new StringBuilder();
        bool any = false;
        foreach (var line in row.Lines)
        {
            var num = Runs(line.Number, national, across);
            var head = Runs(line.Title, national, across);
            var text = Runs(line.Text, national, across);
            if (num.Length == 0 && head.Length == 0 && text.Length == 0) continue;
            any = true;
            var depth = Math.Min(line.Depth + (line.IsHeading ? 0 : 0), 5).ToString(CultureInfo.InvariantCulture);
            if (line.IsHeading && !line.IsWrapUp)
            {
                if (num.Length > 0 || head.Length > 0)
                {
                    sb.Append("<p class=\"h\">");
                    if (num.Length > 0) sb.Append("<span class=\"num\">").Append(num).Append("</span>");
                    if (num.Length > 0 && head.Length > 0) sb.Append(" <span class=\"sep\" aria-hidden=\"true\">—</span> ");
                    if (head.Length > 0) sb.Append("<span class=\"hd\">").Append(head).Append("</span>");
                    sb.Append("</p>");
                }
                if (text.Length > 0) sb.Append("<p class=\"d0\">").Append(text).Append("</p>");
            }
            else
            {
                sb.Append("<p class=\"d").Append(depth).Append("\">");
                if (num.Length > 0) sb.Append("<span class=\"num\">").Append(num).Append("</span> ");
                if (head.Length > 0) sb.Append("<span class=\"hd\">").Append(head).Append("</span> ");
                sb.Append(text).Append("</p>");
            }
        }
        return any ? sb.ToString() : "<p class=\"none\">—</p>";
    }

    private static string Runs(TextDiff diff, bool national, bool across)
    {
        if (across) return SharedMarked(diff, national);
        var skip = national ? DiffOperation.Delete : DiffOperation.Insert;
        var sb = new StringBuilder();
        foreach (var r in diff.Runs)
        {
            var shown = !national && r.Operation == DiffOperation.Equal ? r.ModelText ?? r.Text : r.Text;
            if (r.Operation == skip || shown.Length == 0) continue;
            var text = E(shown).Replace("\n", "<br>", StringComparison.Ordinal);
            var title = r.Consequential ? " title=\"follows the renumbering\" class=\"conseq\"" : "";
            sb.Append(r.Operation switch
            {
                DiffOperation.Insert => $"<ins{title}>{text}</ins>",
                DiffOperation.Delete => $"<del{title}>{text}</del>",
                _ => text,
            });
        }
        // a side whose only content is white space shows nothing
        return sb.ToString().Trim().Length == 0 ? "" : sb.ToString();
    }

    // a run both texts share is marked when it holds a number or a word of four letters or more (a citation, an act
    // number, a cognate term); a shared "a" or "de" is chance
    private static string SharedMarked(TextDiff diff, bool national)
    {
        var skip = national ? DiffOperation.Delete : DiffOperation.Insert;
        var sb = new StringBuilder();
        foreach (var r in diff.Runs)
        {
            var shown = !national && r.Operation == DiffOperation.Equal ? r.ModelText ?? r.Text : r.Text;
            if (r.Operation == skip || shown.Length == 0) continue;
            var text = E(shown).Replace("\n", "<br>", StringComparison.Ordinal);
            bool telling = r.Operation == DiffOperation.Equal && (shown.Any(char.IsDigit) || shown.Split(' ', '\n').Any(w => w.Count(char.IsLetter) >= 4));
            sb.Append(telling ? $"<mark class=\"shared\">{text}</mark>" : text);
        }
        return sb.ToString().Trim().Length == 0 ? "" : sb.ToString();
    }
}
