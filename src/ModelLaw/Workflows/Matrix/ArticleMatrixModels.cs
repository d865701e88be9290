using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Workflows.Matrix;

/// <summary>What a State did with one article of the model: a cell of the States × articles matrix.</summary>
public enum ArticleFate
{
    /// <summary>Taken over with the same words (identical, equivalent, or renumbered with the same words).</summary>
    Kept,
    /// <summary>Taken over with changes.</summary>
    Modified,
    /// <summary>Taken over out of the model's order.</summary>
    Moved,
    /// <summary>Split into several national provisions.</summary>
    Split,
    /// <summary>Merged with other model articles into one national provision.</summary>
    Merged,
    /// <summary>Not taken over.</summary>
    Omitted,
}

/// <summary>A provision named by what a researcher needs of it, small enough to store and compare across runs.</summary>
/// <param name="EId">Akoma Ntoso style id ("chp_2__art_5"): the same in every language version of a model with the same structure.</param>
/// <param name="Citation">Human citation ("Article 5", "Статья 5", "第五条").</param>
/// <param name="Number">The number as written ("Article 5"), or null.</param>
/// <param name="Ordinal">The number's ordinal (5 for "Article 5", "Article V" or "第五条"), or null.</param>
/// <param name="Heading">The heading, or null.</param>
public sealed record ProvisionRef(string EId, string Citation, string? Number, int? Ordinal, string? Heading)
{
    /// <summary>The reference of a provision.</summary>
    public static ProvisionRef From(Provision provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        return new ProvisionRef(provision.EId, provision.Citation, provision.Number?.Written, provision.Number?.Ordinal, provision.Heading);
    }
}

/// <summary>One model article in one national text: its fate and the national provisions it became.</summary>
/// <param name="Model">The model article.</param>
/// <param name="Fate">What the text did with it.</param>
/// <param name="Relation">The comparer's relation behind the fate.</param>
/// <param name="Similarity">Similarity in [0, 1] (0 when omitted).</param>
/// <param name="National">The national provisions it became (empty when omitted).</param>
public sealed record ArticleMatrixCell(ProvisionRef Model, ArticleFate Fate, AlignmentRelation Relation, double Similarity,
    ImmutableArray<ProvisionRef> National);

/// <summary>
/// One national text's column of the matrix, made from its comparison: every article of its model with its fate, and
/// the national articles with no model counterpart. Small and serialisable (a batch run keeps it beside each result).
/// </summary>
public sealed record ArticleMatrixColumn
{
    /// <summary>Name of the text (its file name in a batch).</summary>
    public required string Name { get; init; }

    /// <summary>Title of the national text.</summary>
    public string Title { get; init; } = "";

    /// <summary>Language of the national text.</summary>
    public string Language { get; init; } = "";

    /// <summary>The model it was compared with (file name or title).</summary>
    public string Model { get; init; } = "";

    /// <summary>One cell per model article, in model order.</summary>
    public ImmutableArray<ArticleMatrixCell> Cells { get; init; } = ImmutableArray<ArticleMatrixCell>.Empty;

    /// <summary>National articles with no counterpart in the model, in national order.</summary>
    public ImmutableArray<ProvisionRef> Added { get; init; } = ImmutableArray<ProvisionRef>.Empty;

    /// <summary>The column of one comparison, from its concordance (a merge gives each merged model article a cell).</summary>
    public static ArticleMatrixColumn From(string name, Comparison comparison, string? modelName = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(comparison);
        var cells = ImmutableArray.CreateBuilder<ArticleMatrixCell>();
        var added = ImmutableArray.CreateBuilder<ProvisionRef>();
        foreach (var row in comparison.Concordance)
        {
            if (row.Relation == AlignmentRelation.Added)
            {
                added.AddRange(row.National.Select(ProvisionRef.From));
                continue;
            }
            var national = row.National.Select(ProvisionRef.From).ToImmutableArray();
            // a row is listed under its first model provision, at article level; a merge may also take in smaller
            // provisions of other articles (points joined into one national paragraph): those are not matrix rows
            foreach (var m in row.Model.Where(m => m.Kind == row.Model[0].Kind))
                cells.Add(new ArticleMatrixCell(ProvisionRef.From(m), FateOf(row.Relation), row.Relation, Math.Round(row.Similarity, 4), national));
        }
        return new ArticleMatrixColumn
        {
            Name = name,
            Title = comparison.National.Title,
            Language = comparison.National.Language,
            Model = modelName ?? comparison.Model.SourceName ?? comparison.Model.Title,
            Cells = cells.ToImmutable(),
            Added = added.ToImmutable(),
        };
    }

    /// <summary>The fate a relation stands for.</summary>
    public static ArticleFate FateOf(AlignmentRelation relation) => relation switch
    {
        AlignmentRelation.Identical or AlignmentRelation.Equivalent or AlignmentRelation.Renumbered => ArticleFate.Kept,
        AlignmentRelation.Modified => ArticleFate.Modified,
        AlignmentRelation.Moved => ArticleFate.Moved,
        AlignmentRelation.Split => ArticleFate.Split,
        AlignmentRelation.Merged => ArticleFate.Merged,
        _ => ArticleFate.Omitted,
    };
}

/// <summary>One model article across the texts: a row of the matrix.</summary>
/// <param name="Article">The model article (citation and heading in the matrix's label language).</param>
/// <param name="Cells">One cell per text of <see cref="ArticleMatrix.Texts"/>; null where that text's model has no such article.</param>
public sealed record ArticleMatrixRow(ProvisionRef Article, ImmutableArray<ArticleMatrixCell?> Cells);
