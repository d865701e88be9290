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
    private const double DefaultLambda = 0.1;

    /// <summary>The fitted model as JSON (the format of the embedded score model), with its provenance.</summary>
    public static string Fit(IReadOnlyList<FitCase> cases, string? date = null, CancellationToken cancellationToken = default) =>
        Fit(cases, DefaultLambda, date, cancellationToken);

    /// <summary>The fit with another strength of the L2 penalty (the benchmarks' trials).</summary>
    internal static string Fit(IReadOnlyList<FitCase> cases, double lambda, string? date, CancellationToken cancellationToken)
    {
        var pipeline = AlignmentPipeline.Default;
        var prepared = cases.Select(c => Prepared.Of(c, cancellationToken)).ToList();
        var levels = ImmutableDictionary.CreateBuilder<AlignmentLevel, LevelWeights>();
        var notes = new List<string>();

        var unit = Rows(prepared, (p, _) => [pipeline.Candidate(p.UnitContext(), HierarchicalAligner.UnitSources(pipeline.Candidates))], pipeline);
        levels[AlignmentLevel.Unit] = Weights(unit, pipeline, AlignmentLevel.Unit, notes, lambda);
        pipeline = pipeline.With(new ScoreModel(levels.ToImmutable(), "{}"));

        var part = Rows(prepared, (p, pl) => [pl.Candidate(p.PartContext(pl), HierarchicalAligner.PartSources(pl.Candidates))], pipeline);
        levels[AlignmentLevel.Part] = Weights(part, pipeline, AlignmentLevel.Part, notes, lambda);
        pipeline = pipeline.With(new ScoreModel(levels.ToImmutable(), "{}"));

        var inner = Rows(prepared, (p, pl) => p.InnerCandidates(pl), pipeline);
        levels[AlignmentLevel.Inner] = Weights(inner, pipeline, AlignmentLevel.Inner, notes, lambda);
        Borrow(levels, pipeline.Signals.Select(s => s.Name));
        return Json(levels.ToImmutable(), pipeline, cases.Select(c => c.Name), notes, date, lambda);
    }

    /// <summary>
    /// A signal the tables never show at one level (constant over its rows: EU acts define terms in points, below the
    /// paragraphs, while a model law's article of definitions has its points as parts) takes the weight fitted at the
    /// nearest level that shows it, so that a renamed or rewritten definition keeps its evidence wherever it sits.
    /// </summary>
    private static void Borrow(ImmutableDictionary<AlignmentLevel, LevelWeights>.Builder levels, IEnumerable<string> signals)
    {
        var nearest = new Dictionary<AlignmentLevel, AlignmentLevel[]>
        {
            [AlignmentLevel.Unit] = [AlignmentLevel.Part, AlignmentLevel.Inner],
            [AlignmentLevel.Part] = [AlignmentLevel.Inner, AlignmentLevel.Unit],
            [AlignmentLevel.Inner] = [AlignmentLevel.Part, AlignmentLevel.Unit],
        };
        var fitted = levels.ToImmutable();
        foreach (var (level, others) in nearest)
        {
            var w = fitted[level].Weights.ToBuilder();
            foreach (var s in signals)
                if (!w.ContainsKey(s) && others.Select(o => fitted[o].Weights).FirstOrDefault(o => o.ContainsKey(s)) is { } from)
                    w[s] = from[s];
            levels[level] = fitted[level] with { Weights = w.ToImmutable() };
        }
    }

    /// <summary>Labelled rows; <c>Weight</c> makes each case weigh the same (its rows share one case's worth).</summary>
    private sealed record LabelledRows(List<float[]> X, List<bool> Y, List<double> Weight);

    private static LabelledRows Rows(List<Prepared> cases, Func<Prepared, AlignmentPipeline, IEnumerable<CandidateSet>> candidates, AlignmentPipeline pipeline)
    {
        var rows = new LabelledRows(new(), new(), new());
        foreach (var c in cases)
        {
            int first = rows.X.Count;
            foreach (var set in candidates(c, pipeline))
                for (int i = 0; i < set.Count; i++)
                {
                    if (c.Label(set, i) is not { } label) continue;
                    var x = new float[set.Columns];
                    for (int k = 0; k < x.Length; k++) x[k] = set.Feature(k, i);
                    rows.X.Add(x);
                    rows.Y.Add(label);
                }
            int count = rows.X.Count - first;
            for (int i = 0; i < count; i++) rows.Weight.Add(count == 0 ? 0 : 1.0 / count);
        }
        double scale = rows.Weight.Count == 0 ? 1 : rows.X.Count / rows.Weight.Sum();
        for (int i = 0; i < rows.Weight.Count; i++) rows.Weight[i] *= scale;
        return rows;
    }

    private static LevelWeights Weights(LabelledRows rows, AlignmentPipeline pipeline, AlignmentLevel level, List<string> notes, double lambda)
    {
        var names = pipeline.Signals.Select(s => s.Name).ToArray();
        // a column that is constant over the rows (no citations at the unit level) carries nothing: it is left out
        var used = Enumerable.Range(0, names.Length).Where(k => !Fixed.ContainsKey(names[k]) && rows.X.Count > 0 && rows.X.Any(x => x[k] != rows.X[0][k])).ToArray();
        var signs = used.Select(k => Sign(names[k])).ToArray();
        var (bias, w, loss) = LogisticRegression.Fit(rows.X.ConvertAll(x => used.Select(k => x[k]).ToArray()), rows.Y, signs, lambda, rowWeights: rows.Weight);
        var weights = ImmutableDictionary.CreateBuilder<string, float>(StringComparer.Ordinal);
        for (int j = 0; j < used.Length; j++) weights[names[used[j]]] = (float)Math.Round(w[j], 3);
        foreach (var (signal, weight) in Fixed) if (names.Contains(signal)) weights[signal] = weight;
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"\"{level.ToString().ToLowerInvariant()}\": {{ \"rows\": {rows.X.Count}, \"positives\": {rows.Y.Count(y => y)}, \"log_loss\": {loss:0.0000} }}"));
        return new LevelWeights((float)Math.Round(bias, 3), weights.ToImmutable());
    }

    /// <summary>
    /// Weights set by definition, not fitted: the tables leave final provisions out, so they cannot teach what a role
    /// held by one provision of each text means (that the two pair, by role); recasts keep their defined terms, so they
    /// cannot teach that a definition renamed between the same neighbours is the same definition.
    /// </summary>
    private static readonly Dictionary<string, float> Fixed = new(StringComparer.Ordinal) { ["unique-role"] = 25f, ["renamed-definition"] = 8f };

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

    private static string Json(ImmutableDictionary<AlignmentLevel, LevelWeights> levels, AlignmentPipeline pipeline, IEnumerable<string> cases, List<string> notes, string? date, double lambda)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("{\n  \"provenance\": {\n");
        sb.Append("    \"method\": \"L2-regularised logistic regression (lambda ").Append(lambda.ToString(inv)).Append("), Newton's method with each signal held to its sign (evidence for a link never counts against it; repeated text never for it), unique-role (25 log-odds: the role alone pairs them; tables leave final provisions out) and renamed-definition (8: recasts keep their terms) set by definition, each case weighing the same, a signal the tables never show at a level taking the weight of the nearest level that shows it, level by level: unit, then part with the fitted unit links as context, then inside pairs\",\n");
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
