using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ModelLaw.Search.Lucene;

/// <summary>
/// One analyser per language, on one text field per language (<c>text_en</c>, <c>text_fr</c>, ...): Snowball-family
/// stemmers and stop words for English, French, Spanish and Russian, the Arabic normaliser and light stemmer, CJK bigrams
/// for Chinese, and the standard analyser for any other language. A unit is indexed in the field of its language, and a
/// query searches the field of its own, so a French query only meets French provisions.
/// </summary>
internal static class LuceneAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The languages with an analyser of their own.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "es", "ru", "ar", "zh"];

    public static string FieldFor(string language)
    {
        var key = Key(language);
        return "text_" + (Languages.Contains(key) ? key : "xx");
    }

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(new StandardAnalyzer(Version), new Dictionary<string, Analyzer>
    {
        ["text_en"] = new EnglishAnalyzer(Version),
        ["text_fr"] = new FrenchAnalyzer(Version),
        ["text_es"] = new SpanishAnalyzer(Version),
        ["text_ru"] = new RussianAnalyzer(Version),
        ["text_ar"] = new ArabicAnalyzer(Version),
        ["text_zh"] = new CJKAnalyzer(Version),
        ["text_xx"] = new StandardAnalyzer(Version),
    });

    /// <summary>The distinct terms of <paramref name="text"/> as the field's analyser makes them, in first-seen order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (seen.Add(t)) terms.Add(t);
        }
        stream.End();
        return terms;
    }

    private static string Key(string? language) => (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
}
