using System.Text;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// Rewrites the text of a unit the way an adaptation does, at controlled rates: words replaced by a synonym (or, where
/// the small table has none, by another word of the same law), two sentences swapped, a drafting clause inserted.
/// </summary>
internal sealed class Rewording(Random rng, RewordRates rates, string language, IReadOnlyList<string> vocabulary)
{
    private static readonly Regex Word = new(@"\p{IsCJKUnifiedIdeographs}|[\p{L}\p{M}]+", RegexOptions.CultureInvariant);
    private static readonly Regex SentenceEnd = new(@"(?<=[.;:!?。；])(?:\s+|(?=\p{IsCJKUnifiedIdeographs}))", RegexOptions.CultureInvariant);

    /// <summary>The distinct words (Han characters for Chinese) of a law, in first-seen order: the replacement pool.</summary>
    public static IReadOnlyList<string> VocabularyOf(LegalDocument law)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (Match m in Word.Matches(law.Root.FullText()))
            if ((m.Length >= 4 || char.GetUnicodeCategory(m.Value[0]) == System.Globalization.UnicodeCategory.OtherLetter && m.Length == 1)
                && seen.Add(m.Value.ToLowerInvariant()))
                list.Add(m.Value.ToLowerInvariant());
        return list;
    }

    /// <summary>The sentences of a text, each with its trailing space, so that concatenating them gives the text back.</summary>
    public static List<string> Sentences(string text)
    {
        var parts = new List<string>();
        int start = 0;
        foreach (Match m in SentenceEnd.Matches(text))
        {
            int end = m.Index + m.Length;
            if (end > start && end < text.Length) { parts.Add(text[start..end]); start = end; }
        }
        if (start < text.Length) parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Rewrites every text of the unit and below it; the heading is touched at half the word rate.</summary>
    public void Reword(ProvisionBuilder unit)
    {
        if (unit.Heading is { Length: > 0 } h) unit.Heading = Substitute(h, rates.WordSubstitution / 2);
        RewordTexts(unit);
    }

    private void RewordTexts(ProvisionBuilder p)
    {
        if (p.Content.Length > 0) p.Content = Rewrite(p.Content);
        if (p.WrapUp is { Length: > 0 } w) p.WrapUp = Rewrite(w);
        foreach (var c in p.Children) RewordTexts(c);
    }

    private string Rewrite(string text)
    {
        var sentences = Sentences(text);
        if (sentences.Count >= 2 && rng.NextDouble() < rates.SentenceReorder)
        {
            int i = rng.Next(sentences.Count - 1);
            bool last = i + 2 == sentences.Count;
            (sentences[i], sentences[i + 1]) = (Ended(sentences[i + 1]), last ? sentences[i].TrimEnd() : Ended(sentences[i]));
        }
        var joined = string.Concat(sentences);
        if (rng.NextDouble() < rates.InsertedClause) joined = InsertClause(joined);
        return Substitute(joined, rates.WordSubstitution);
    }

    // the sentence moved first needs the space the one after it had
    private static string Ended(string s) => s.Length > 0 && char.IsWhiteSpace(s[^1]) ? s : s + " ";

    private string InsertClause(string text)
    {
        var clauses = RewordVocabulary.Clauses(language);
        var clause = clauses[rng.Next(clauses.Count)];
        int comma = text.IndexOfAny([',', '，', '،']);
        if (comma > 0) return text[..comma] + clause + text[comma..];
        int end = text.Length;
        while (end > 0 && (char.IsPunctuation(text[end - 1]) || char.IsWhiteSpace(text[end - 1]))) end--;
        return text[..end] + clause + text[end..];
    }

    private string Substitute(string text, double rate)
    {
        if (rate <= 0) return text;
        var synonyms = RewordVocabulary.Synonyms(language);
        var sb = new StringBuilder(text.Length + 16);
        int last = 0;
        foreach (Match m in Word.Matches(text))
        {
            if (rng.NextDouble() >= rate) continue;
            var lower = m.Value.ToLowerInvariant();
            string? replacement = synonyms.TryGetValue(lower, out var syn) ? syn
                : vocabulary.Count > 0 && (m.Length >= 4 || m.Length == 1 && lower[0] > '\u3000') ? vocabulary[rng.Next(vocabulary.Count)]
                : null;
            if (replacement is null) continue;
            sb.Append(text, last, m.Index - last).Append(char.IsUpper(m.Value[0]) ? Capital(replacement) : replacement);
            last = m.Index + m.Length;
        }
        return sb.Append(text, last, text.Length - last).ToString();
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
