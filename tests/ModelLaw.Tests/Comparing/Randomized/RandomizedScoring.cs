using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>The scores of one randomized case under one aligner.</summary>
/// <param name="Case">The case.</param>
/// <param name="Aligner">The aligner's name.</param>
/// <param name="Result">The figures <c>modellaw eval</c> prints (article, paragraph, omission).</param>
/// <param name="ArticleByKind">Article-level score over the model articles each operation touched ("untouched" for the rest).</param>
internal sealed record CaseScore(RandomizedCase Case, string Aligner, EvaluationResult Result, ImmutableSortedDictionary<string, Score> ArticleByKind)
{
    /// <summary>One line for a report: the case, the three scores, and the article errors.</summary>
    public string Describe() =>
        $"{Case} [{Aligner}]: article {Result.Article}, paragraph {Result.Paragraph}, omission {Result.Omission}"
        + (Result.Errors.WrongArticlePairs.IsEmpty ? "" : "; wrong " + string.Join(", ", Result.Errors.WrongArticlePairs))
        + (Result.Errors.MissedArticlePairs.IsEmpty ? "" : "; missed " + string.Join(", ", Result.Errors.MissedArticlePairs));
}

/// <summary>Scores randomized cases with the project's evaluator, the metric <c>modellaw eval</c> prints.</summary>
internal static class RandomizedScoring
{
    /// <summary>Compares the case's model and national trees with <paramref name="comparer"/> and scores the links against the case's truth.</summary>
    public static CaseScore Score(RandomizedCase c, IDocumentComparer comparer, string alignerName)
    {
        var comparison = comparer.Compare(c.Model, c.National);
        var result = AlignmentEvaluator.Evaluate(c.Model, c.National, AlignmentEvaluator.FromComparison(comparison), c.Gold);
        return new CaseScore(c, alignerName, result, ByKind(c, result));
    }

    /// <summary>
    /// The article score cut to the model articles an operation touched: gold pairs of those articles, less the missed
    /// ones, against the wrong pairs predicted for them (read off the evaluator's error lists, "art:5 → art:7").
    /// </summary>
    private static ImmutableSortedDictionary<string, Score> ByKind(RandomizedCase c, EvaluationResult result)
    {
        var gold = c.Gold.ArticlePairs.SelectMany(p => CitationKey.Parse(p.Model).SelectMany(m => p.National.Select(_ => m.Article))).ToList();
        var wrong = result.Errors.WrongArticlePairs.Select(ModelSide).ToList();
        var missed = result.Errors.MissedArticlePairs.Select(ModelSide).ToList();
        var groups = c.ModelKinds.SelectMany(k => k.Value.IsEmpty ? ["untouched"] : k.Value.Select(v => v.ToString().ToLowerInvariant()), (k, g) => (k.Key, g))
            .GroupBy(x => x.g, x => x.Key);
        var scores = ImmutableSortedDictionary.CreateBuilder<string, Score>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var articles = g.ToHashSet(StringComparer.Ordinal);
            int expected = gold.Count(articles.Contains), missing = missed.Count(articles.Contains);
            int correct = expected - missing;
            scores[g.Key] = new Score(correct, correct + wrong.Count(articles.Contains), expected, correct);
        }
        return scores.ToImmutable();
    }

    private static string ModelSide(string pair) => pair[..pair.IndexOf(" → ", StringComparison.Ordinal)];
}
