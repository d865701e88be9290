using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>What the candidate sources and signals of one level may read: the analysis, the facts, the level's rows, the links of the level above, and the level's posting indexes (built on first use).</summary>
internal sealed class LevelContext
{
    public LevelContext(ComparisonInput input, ComparisonFacts facts, LevelRows rows, RowLinks? parents)
    {
        Input = input;
        Facts = facts;
        Rows = rows;
        Parents = parents;
    }

    public ComparisonInput Input { get; }
    public ComparisonFacts Facts { get; }
    public LevelRows Rows { get; }
    public AlignmentLevel Level => Rows.Level;

    /// <summary>The links made at the level above (units, when aligning parts), or null at the unit level.</summary>
    public RowLinks? Parents { get; }

    public UnitTable Model => Input.Model;
    public UnitTable National => Input.National;

    private PostingIndex? _nationalIndex, _modelIndex;

    /// <summary>Inverted index of the level's national rows.</summary>
    public PostingIndex NationalIndex => _nationalIndex ??= new PostingIndex(National, Rows.NationalRows, Input.Vocabulary.Count);

    /// <summary>Inverted index of the level's model rows.</summary>
    public PostingIndex ModelIndex => _modelIndex ??= new PostingIndex(Model, Rows.ModelRows, Input.Vocabulary.Count);
}
