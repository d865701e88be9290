using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Evaluation;

public class LogisticRegressionTests
{
    /// <summary>Rows of two features with labels drawn from a known logistic model (deterministic generator).</summary>
    private static (List<float[]> X, List<bool> Y) Sample(double w0, double w1, double bias, int count, int seed)
    {
        var rng = new Random(seed);
        var x = new List<float[]>();
        var y = new List<bool>();
        for (int i = 0; i < count; i++)
        {
            var row = new[] { (float)rng.NextDouble(), (float)rng.NextDouble() };
            double p = 1 / (1 + Math.Exp(-(bias + w0 * row[0] + w1 * row[1])));
            x.Add(row);
            y.Add(rng.NextDouble() < p);
        }
        return (x, y);
    }

    [Test]
    public void It_recovers_the_signs_and_rough_size_of_the_weights_that_made_the_labels()
    {
        var (x, y) = Sample(w0: 6, w1: -4, bias: -1, count: 4000, seed: 7);

        var (bias, w, loss) = LogisticRegression.Fit(x, y, lambda: 0.01);

        w[0].Should().BeInRange(4.5, 7.5);
        w[1].Should().BeInRange(-5.5, -2.5);
        bias.Should().BeInRange(-2, 0);
        loss.Should().BeLessThan(Math.Log(2), "the model explains the labels better than a coin");
    }

    [Test]
    public void A_weight_held_to_be_evidence_for_is_set_to_zero_when_the_data_would_make_it_count_against()
    {
        var (x, y) = Sample(w0: 6, w1: -4, bias: -1, count: 2000, seed: 11);

        var (_, w, _) = LogisticRegression.Fit(x, y, signs: [+1, +1], lambda: 0.01);

        w[1].Should().Be(0);
        w[0].Should().BePositive();
    }

    [Test]
    public void The_same_rows_give_the_same_weights()
    {
        var (x, y) = Sample(w0: 3, w1: 1, bias: -2, count: 500, seed: 3);

        var a = LogisticRegression.Fit(x, y);
        var b = LogisticRegression.Fit(x, y);

        b.Weights.Should().Equal(a.Weights);
        b.Bias.Should().Be(a.Bias);
    }

    [Test]
    public void No_rows_give_no_weights_and_no_loss()
    {
        var (bias, w, loss) = LogisticRegression.Fit([], []);

        w.Should().BeEmpty();
        bias.Should().Be(0);
        loss.Should().Be(0);
    }

    [Test]
    public void A_row_weight_of_two_counts_as_the_row_given_twice()
    {
        var (x, y) = Sample(w0: 3, w1: -2, bias: 0.5, count: 300, seed: 5);
        var twice = (X: x.Concat(x.Take(100)).ToList(), Y: y.Concat(y.Take(100)).ToList());
        var weights = Enumerable.Range(0, x.Count).Select(i => i < 100 ? 2.0 : 1.0).ToList();

        var a = LogisticRegression.Fit(twice.X, twice.Y, lambda: 0.5);
        var b = LogisticRegression.Fit(x, y, lambda: 0.5, rowWeights: weights);

        b.Bias.Should().BeApproximately(a.Bias, 1e-6);
        b.Weights.Should().Equal(a.Weights, (u, v) => Math.Abs(u - v) < 1e-6);
    }
}
