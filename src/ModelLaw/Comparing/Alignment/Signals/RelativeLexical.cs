using ModelLaw.Comparing.Alignment.Candidates;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// 1 when the pair has the highest lexical similarity among the candidates of its model row: relative evidence,
/// which holds across texts where absolute cosines do not (a near-verbatim recast and a rewritten adaptation).
/// Reads the <see cref="LexicalSimilarity"/> column, which must be registered before it.
/// </summary>
internal sealed class BestForModel : ISignal
{
    public string Name => "best-for-model";

    public void Compute(LevelContext context, CandidateSet pairs, Span<float> column)
    {
        var lex = pairs.Feature(pairs.ColumnOf("lexical"));
        for (int s = 0; s < pairs.Rows.ModelRows.Length; s++)
        {
            var (a, b) = pairs.OfModel(s);
            float best = 0;
            for (int i = a; i < b; i++) best = Math.Max(best, lex[i]);
            for (int i = a; i < b; i++) column[i] = best > 0 && lex[i] >= best ? 1 : 0;
        }
    }
}

/// <summary>1 when the pair has the highest lexical similarity among the candidates of its national row.</summary>
internal sealed class BestForNational : ISignal
{
    public string Name => "best-for-national";

    public void Compute(LevelContext context, CandidateSet pairs, Span<float> column)
    {
        var lex = pairs.Feature(pairs.ColumnOf("lexical"));
        var best = new float[pairs.Rows.NationalRows.Length];
        for (int i = 0; i < pairs.Count; i++) best[pairs.NationalSlot[i]] = Math.Max(best[pairs.NationalSlot[i]], lex[i]);
        for (int i = 0; i < pairs.Count; i++) column[i] = lex[i] > 0 && lex[i] >= best[pairs.NationalSlot[i]] ? 1 : 0;
    }
}

/// <summary>The pair's lexical similarity minus the best one of any other candidate of either row (negative when something else is better).</summary>
internal sealed class LexicalMargin : ISignal
{
    public string Name => "lexical-margin";

    public void Compute(LevelContext context, CandidateSet pairs, Span<float> column)
    {
        var lex = pairs.Feature(pairs.ColumnOf("lexical"));
        int nm = pairs.Rows.ModelRows.Length, nn = pairs.Rows.NationalRows.Length;
        // best and second best per row on each side
        var m1 = new float[nm]; var m2 = new float[nm]; var n1 = new float[nn]; var n2 = new float[nn];
        for (int i = 0; i < pairs.Count; i++)
        {
            Push(m1, m2, pairs.ModelSlot[i], lex[i]);
            Push(n1, n2, pairs.NationalSlot[i], lex[i]);
        }
        for (int i = 0; i < pairs.Count; i++)
        {
            int m = pairs.ModelSlot[i], n = pairs.NationalSlot[i];
            float otherM = lex[i] >= m1[m] ? m2[m] : m1[m];
            float otherN = lex[i] >= n1[n] ? n2[n] : n1[n];
            column[i] = lex[i] - Math.Max(otherM, otherN);
        }

        static void Push(float[] first, float[] second, int k, float v)
        {
            if (v > first[k]) { second[k] = first[k]; first[k] = v; }
            else if (v > second[k]) second[k] = v;
        }
    }
}
