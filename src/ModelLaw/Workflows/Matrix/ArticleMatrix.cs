using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Workflows.Models;

namespace ModelLaw.Workflows.Matrix;

/// <summary>
/// The States × articles matrix: for each article of the model (rows) and each national text (columns), what the text
/// did with it — kept, modified, moved, split, merged or omitted — with the national provisions it became. Rows are
/// matched across language versions of the model by eId ("chp_2__art_5"), so a matrix over six adaptations in six
/// languages has one row per model article. Immutable.
/// </summary>
public sealed record ArticleMatrix
{
    /// <summary>The columns: one per national text, in the order given.</summary>
    public required ImmutableArray<ArticleMatrixColumn> Texts { get; init; }

    /// <summary>The rows: one per model article, in model order.</summary>
    public required ImmutableArray<ArticleMatrixRow> Rows { get; init; }

    /// <summary>
    /// Builds the matrix from columns. Rows follow the model order of the first column that has each article; an
    /// article only some language versions have is placed after the article that precedes it there. The row labels
    /// (citation, heading) come from the first column in <paramref name="labelLanguage"/> (default "en"), else the first column.
    /// </summary>
    public static ArticleMatrix From(IEnumerable<ArticleMatrixColumn> columns, string? labelLanguage = "en")
    {
        ArgumentNullException.ThrowIfNull(columns);
        var texts = columns.ToImmutableArray();
        var order = new List<string>();
        foreach (var column in texts)
        {
            int at = 0;
            foreach (var cell in column.Cells)
            {
                int i = order.IndexOf(cell.Model.EId);
                if (i < 0) order.Insert(i = at, cell.Model.EId);
                at = i + 1;
            }
        }
        var lang = ModelSet.LanguageKey(labelLanguage);
        var labelled = texts.Where(t => ModelSet.LanguageKey(t.Language) == lang).Concat(texts).ToList();
        var byText = texts.Select(t => t.Cells.GroupBy(c => c.Model.EId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).ToList();
        var labels = labelled.SelectMany(t => t.Cells).GroupBy(c => c.Model.EId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Model, StringComparer.Ordinal);
        var rows = order.Select(eid => new ArticleMatrixRow(labels[eid],
            byText.Select(d => d.TryGetValue(eid, out var c) ? c : null).ToImmutableArray())).ToImmutableArray();
        return new ArticleMatrix { Texts = texts, Rows = rows };
    }

    /// <summary>The matrix of several comparisons, each named (by its national text's source name when no name is given).</summary>
    public static ArticleMatrix From(IEnumerable<Comparison> comparisons, string? labelLanguage = "en")
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        return From(comparisons.Select(c => ArticleMatrixColumn.From(c.National.SourceName ?? c.National.Title, c)), labelLanguage);
    }

    /// <summary>How many articles text <paramref name="text"/> (column index) treated with <paramref name="fate"/>.</summary>
    public int Count(int text, ArticleFate fate) => Rows.Count(r => r.Cells[text]?.Fate == fate);
}
