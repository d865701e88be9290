using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Scoring;
using ModelLaw.Comparing.Alignment.Signals;
using ModelLaw.Documents;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>One training case of <see cref="ScoreModelFitter"/>: two texts and their correlation table.</summary>
/// <param name="Name">For the provenance.</param>
/// <param name="Model">The model text.</param>
/// <param name="National">The national text.</param>
/// <param name="Gold">The table.</param>
public sealed record FitCase(string Name, LegalDocument Model, LegalDocument National, GoldMapping Gold);

/// <summary>
/// Fits the alignment's score model on correlation tables: every candidate pair the pipeline proposes is a row of its
/// signal columns, labelled by the table (a tabled pair is positive, any other candidate negative; pairs whose model
/// provision the table does not speak of, and final provisions the table leaves out, are not rows). Level by level:
/// the unit weights first, then the part level with the links those weights make as its context, then inside pairs.
/// Fit on some cases, judge on others (the visible English tables for fitting, their French twins and the corpus for
/// judging): a weight that only one table wants is the wrong weight.
/// </summary>
public static class ScoreModelFitter
{
    private const double Lambda = 1.0;

    /// <summary>The fitted model as JSON (the format of the embedded score model), with its provenance.</summary>
    public static string Fit(IReadOnlyList<FitCase> cases, string? date = null, CancellationToken cancellationToken = default)
    {
        var pipeline = AlignmentPipeline.Default;
        var prepared = cases.Select(c => Prepared.Of(c, cancellationToken)).ToList();
        var levels = ImmutableDictionary.CreateBuilder<AlignmentLevel, LevelWeights>();
        var notes = new List<string>();

        var unit = Rows(prepared, (p, _) => [pipeline.Candidate(p.UnitContext(), HierarchicalAligner.UnitSources(pipeline.Candidates))], pipeline);
        levels[AlignmentLevel.Unit] = Weights(unit, pipeline, AlignmentLevel.Unit, notes);
        pipeline = pipeline.With(new ScoreModel(levels.ToImmutable(), "{}"));

        var part = Rows(prepared, (p, pl) => [pl.Candidate(p.PartContext(pl), HierarchicalAligner.PartSources(pl.Candidates))], pipeline);
        levels[AlignmentLevel.Part] = Weights(part, pipeline, AlignmentLevel.Part, notes);
        pipeline = pipeline.With(new ScoreModel(levels.ToImmutable(), "{}"));

        var inner = Rows(prepared, (p, pl) => p.InnerCandidates(pl), pipeline);
        levels[AlignmentLevel.Inner] = Weights(inner, pipeline, AlignmentLevel.Inner, notes);
        return Json(levels.ToImmutable(), pipeline, cases.Select(c => c.Name), notes, date);
    }

    private sealed record LabelledRows(List<float[]> X, List<bool> Y);

    private static LabelledRows Rows(List<Prepared> cases, Func<Prepared, AlignmentPipeline, IEnumerable<CandidateSet>> candidates, AlignmentPipeline pipeline)
    {
        var rows = new LabelledRows(new(), new());
        foreach (var c in cases)
            foreach (var set in candidates(c, pipeline))
                for (int i = 0; i < set.Count; i++)
                {
                    if (c.Label(set, i) is not { } label) continue;
                    var x = new float[set.Columns];
                    for (int k = 0; k < x.Length; k++) x[k] = set.Feature(k, i);
                    rows.X.Add(x);
                    rows.Y.Add(label);
                }
        return rows;
    }

    private static LevelWeights Weights(LabelledRows rows, AlignmentPipeline pipeline, AlignmentLevel level, List<string> notes)
    {
        var names = pipeline.Signals.Select(s => s.Name).ToArray();
        // a column that is constant over the rows (no citations at the unit level) carries nothing: it is left out
        var used = Enumerable.Range(0, names.Length).Where(k => rows.X.Count > 0 && rows.X.Any(x => x[k] != rows.X[0][k])).ToArray();
        var signs = used.Select(k => Sign(names[k])).ToArray();
        var (bias, w, loss) = LogisticRegression.Fit(rows.X.ConvertAll(x => used.Select(k => x[k]).ToArray()), rows.Y, signs, Lambda);
        var weights = ImmutableDictionary.CreateBuilder<string, float>(StringComparer.Ordinal);
        for (int j = 0; j < used.Length; j++) weights[names[used[j]]] = (float)Math.Round(w[j], 3);
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"\"{level.ToString().ToLowerInvariant()}\": {{ \"rows\": {rows.X.Count}, \"positives\": {rows.Y.Count(y => y)}, \"log_loss\": {loss:0.0000} }}"));
        return new LevelWeights((float)Math.Round(bias, 3), weights.ToImmutable());
    }

    /// <summary>
    /// Which way a signal may count: evidence for a link (similarity, containment, same number, rank, role...) never
    /// counts against it, repeated text never for it; the kind and the presence of headings may count either way.
    /// </summary>
    private static int Sign(string signal) => signal switch
    {
        "repeated-text" => -1,
        "both-headings" or "same-kind" => 0,
        _ => +1,
    };

    private static string Json(ImmutableDictionary<AlignmentLevel, LevelWeights> levels, AlignmentPipeline pipeline, IEnumerable<string> cases, List<string> notes, string? date)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("{\n  \"provenance\": {\n");
        sb.Append("    \"method\": \"L2-regularised logistic regression (lambda ").Append(Lambda.ToString(inv)).Append("), Newton's method with each signal held to its sign (evidence for a link never counts against it; repeated text never for it), level by level: unit, then part with the fitted unit links as context, then inside pairs\",\n");
        sb.Append("    \"labels\": \"a candidate pair tabled by the correlation table is positive, any other candidate negative; provisions the table does not speak of and final provisions it leaves out are not rows\",\n");
        sb.Append("    \"fitted_on\": [").Append(string.Join(", ", cases.Select(c => $"\"{c}\""))).Append("],\n");
        if (date is not null) sb.Append("    \"date\": \"").Append(date).Append("\",\n");
        sb.Append("    \"rows\": { ").Append(string.Join(", ", notes)).Append(" }\n  },\n  \"levels\": {\n");
        var order = new[] { AlignmentLevel.Unit, AlignmentLevel.Part, AlignmentLevel.Inner };
        for (int i = 0; i < order.Length; i++)
        {
            var w = levels[order[i]];
            sb.Append("    \"").Append(order[i].ToString().ToLowerInvariant()).Append("\": {\n      \"bias\": ").Append(w.Bias.ToString(inv)).Append(",\n      \"weights\": {\n");
            var names = pipeline.Signals.Select(s => s.Name).Where(w.Weights.ContainsKey).ToList();
            for (int k = 0; k < names.Count; k++)
                sb.Append("        \"").Append(names[k]).Append("\": ").Append(w.Weights[names[k]].ToString(inv)).Append(k + 1 < names.Count ? ",\n" : "\n");
            sb.Append("      }\n    }").Append(i + 1 < order.Length ? ",\n" : "\n");
        }
        sb.Append("  }\n}\n");
        return sb.ToString();
    }
}
