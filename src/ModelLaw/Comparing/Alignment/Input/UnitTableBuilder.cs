using ModelLaw.Documents;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// The one analysis pass of a comparison: each provision's own text and heading are tokenised once and interned into
/// the shared <see cref="FeatureVocabulary"/> (model rows first, then national rows, each own text before its heading),
/// then counts are summed over subtrees, weighted by IDF over the unit tier of both texts and L2-normalised.
/// </summary>
internal sealed class UnitTableBuilder
{
    private readonly FeatureVocabulary _vocabulary;
    private readonly TextAnalyzer _analyzer;
    private readonly double _termWeight, _pairWeight;
    private readonly List<int> _terms = new();
    private readonly List<int> _starts = new();
    private readonly List<Token> _tokens = new();
    private float[] _acc = new float[1024];
    private readonly List<int> _touched = new();

    private readonly bool _legacyUnits;

    /// <param name="vocabulary">The vocabulary shared by both texts.</param>
    /// <param name="analyzer">Tokenizer and filters.</param>
    /// <param name="termWeight">Weight of single terms.</param>
    /// <param name="pairWeight">Weight of pairs of consecutive terms (0: no pairs).</param>
    /// <param name="legacyUnits">
    /// The unit rule of the aligner being replaced (any non-division whose parent is the root or a division, so the
    /// paragraphs of an annex's sections count as units), kept only while its output must stay byte-identical.
    /// </param>
    public UnitTableBuilder(FeatureVocabulary vocabulary, TextAnalyzer analyzer, double termWeight, double pairWeight, bool legacyUnits = false)
    {
        _legacyUnits = legacyUnits;
        _vocabulary = vocabulary;
        _analyzer = analyzer;
        _termWeight = termWeight;
        _pairWeight = pairWeight;
    }

    /// <summary>The rows of a document, analysed (counts only: <see cref="Weigh"/> completes them once the IDF is known).</summary>
    public Draft Analyse(Provision root, CancellationToken ct)
    {
        var rows = new List<Provision>();
        var parent = new List<int>();
        var depth = new List<int>();
        var unit = new List<int>();
        Walk(root, -1, 0, -1, rows, parent, depth, unit, _legacyUnits);
        int n = rows.Count;
        var subtreeEnd = new int[n];
        for (int r = n - 1; r >= 0; r--) subtreeEnd[r] = Math.Max(subtreeEnd[r], r + 1);
        for (int r = n - 1; r > 0; r--) subtreeEnd[parent[r]] = Math.Max(subtreeEnd[parent[r]], subtreeEnd[r]);

        var ownStart = new int[n + 1];
        var wrapUpStart = new int[n];
        var ownTerm = new List<int>();
        var headingStart = new int[n + 1];
        var headingTerm = new List<int>();
        var cites = new string[n][];
        var defined = new int[n][];
        var definedSpan = new (int, int)[n];
        var own = new CsrBuilder(n);
        var heading = new CsrBuilder(n);
        for (int r = 0; r < n; r++)
        {
            if ((r & 255) == 0) ct.ThrowIfCancellationRequested();
            var p = rows[r];
            _terms.Clear();
            _starts.Clear();
            _tokens.Clear();
            _analyzer.Analyze(p.Content, _vocabulary.Terms, _terms, _tokens, _starts);
            cites[r] = RowScanner.Citations(p.Content, _tokens, _vocabulary.Terms, _terms, _starts);
            (defined[r], var ds, var dl) = RowScanner.DefinedTerm(p.Content, _tokens, _terms, _starts);
            definedSpan[r] = (ds, dl);
            wrapUpStart[r] = ownTerm.Count + _terms.Count;
            if (!string.IsNullOrEmpty(p.WrapUp)) _analyzer.Analyze(p.WrapUp, _vocabulary.Terms, _terms);
            ownTerm.AddRange(_terms);
            ownStart[r + 1] = ownTerm.Count;
            CountFeatures(_terms, pairs: _pairWeight > 0, own);
            _terms.Clear();
            if (!string.IsNullOrEmpty(p.Heading)) _analyzer.Analyze(p.Heading, _vocabulary.Terms, _terms);
            headingTerm.AddRange(_terms);
            headingStart[r + 1] = headingTerm.Count;
            CountFeatures(_terms, pairs: false, heading);
        }
        var ownRows = own.Build();
        return new Draft(rows.ToArray(), parent.ToArray(), subtreeEnd, depth.ToArray(), unit.ToArray(),
            ownStart, wrapUpStart, ownTerm.ToArray(), ownRows, SumSubtrees(ownRows, subtreeEnd), heading.Build(), cites, defined, definedSpan, headingStart, headingTerm.ToArray());
    }

    private static void Walk(Provision p, int parentRow, int d, int unitRow, List<Provision> rows, List<int> parent, List<int> depth, List<int> unit, bool legacy)
    {
        int r = rows.Count;
        rows.Add(p);
        parent.Add(parentRow);
        depth.Add(d);
        bool isUnit = legacy
            ? parentRow >= 0 && !p.Kind.IsDivision() && (parentRow == 0 || rows[parentRow].Kind.IsDivision())
            : parentRow >= 0 && unitRow < 0 && !UnitTiers.IsGrouping(p);
        unit.Add(isUnit ? r : legacy && p.Kind.IsDivision() ? -1 : unitRow);
        foreach (var c in p.Children) Walk(c, r, d + 1, unit[r], rows, parent, depth, unit, legacy);
    }

    private void CountFeatures(List<int> terms, bool pairs, CsrBuilder into)
    {
        int previous = -1;
        for (int i = 0; i < terms.Count; i++)
        {
            var id = _vocabulary.OfTerm(terms[i]);
            Add(id);
            if (pairs && i > 0) Add(_vocabulary.OfPair(previous, id));
            previous = id;
        }
        into.AddRow(_acc, _touched, Math.Min(_acc.Length, _vocabulary.Count));
        foreach (var f in _touched) _acc[f] = 0;
        _touched.Clear();

        void Add(int f)
        {
            if (f >= _acc.Length) Array.Resize(ref _acc, Math.Max(f + 1, _acc.Length * 2));
            if (_acc[f] == 0) _touched.Add(f);
            _acc[f] += 1;
        }
    }

    /// <summary>Counts of each row's whole subtree (integer counts: the order of the sums does not matter).</summary>
    private CsrRows SumSubtrees(CsrRows own, int[] subtreeEnd)
    {
        var full = new CsrBuilder(own.Rows);
        for (int r = 0; r < own.Rows; r++)
        {
            for (int x = r; x < subtreeEnd[r]; x++)
            {
                var f = own.Features(x); var w = own.Weights(x);
                for (int k = 0; k < f.Length; k++)
                {
                    if (f[k] >= _acc.Length) Array.Resize(ref _acc, Math.Max(f[k] + 1, _acc.Length * 2));
                    if (_acc[f[k]] == 0) _touched.Add(f[k]);
                    _acc[f[k]] += w[k];
                }
            }
            full.AddRow(_acc, _touched, Math.Min(_acc.Length, _vocabulary.Count));
            foreach (var f in _touched) _acc[f] = 0;
            _touched.Clear();
        }
        return full.Build();
    }

    /// <summary>Completes a draft with the TF-IDF rows and masses.</summary>
    public UnitTable Weigh(Draft d, float[] idf, bool[] isPair)
    {
        var mass = new double[d.Rows.Length];
        for (int r = 0; r < mass.Length; r++)
        {
            double s = 0;
            var f = d.FullCounts.Features(r); var w = d.FullCounts.Weights(r);
            for (int k = 0; k < f.Length; k++) s += w[k] * idf[f[k]];
            mass[r] = s;
        }
        return new UnitTable
        {
            Count = d.Rows.Length, Source = d.Rows, Parent = d.Parent, SubtreeEnd = d.SubtreeEnd, Depth = d.Depth,
            Kind = Array.ConvertAll(d.Rows, p => p.Kind), Unit = d.Unit, UnitOrdinal = Ordinals(d.Unit),
            NumberKey = Array.ConvertAll(d.Rows, p => p.Number is { } num ? NumberKeys.Of(num.Value) : null),
            OwnStart = d.OwnStart, WrapUpStart = d.WrapUpStart, OwnTerm = d.OwnTerm, Cites = d.Cites, DefinedTerm = d.DefinedTerm, DefinedSpan = d.DefinedSpan,
            HeadingStart = d.HeadingStart, HeadingTerm = d.HeadingTerm,
            OwnCounts = d.OwnCounts, FullCounts = d.FullCounts,
            Full = TfIdfWeighting.Weigh(d.FullCounts, idf, isPair, _termWeight, _pairWeight),
            Heading = TfIdfWeighting.Weigh(d.HeadingCounts, idf, isPair, _termWeight, _pairWeight), Mass = mass,
        };
    }

    private static int[] Ordinals(int[] unit)
    {
        var ordinal = new int[unit.Length];
        int next = 0;
        for (int r = 0; r < unit.Length; r++) ordinal[r] = unit[r] == r ? next++ : -1;
        return ordinal;
    }

    /// <summary>A document's rows before weighting.</summary>
    internal sealed record Draft(Provision[] Rows, int[] Parent, int[] SubtreeEnd, int[] Depth, int[] Unit,
        int[] OwnStart, int[] WrapUpStart, int[] OwnTerm, CsrRows OwnCounts, CsrRows FullCounts, CsrRows HeadingCounts,
        string[][] Cites, int[][] DefinedTerm, (int Start, int Length)[] DefinedSpan, int[] HeadingStart, int[] HeadingTerm);
}
