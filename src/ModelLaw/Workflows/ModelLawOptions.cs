using ModelLaw.Comparing;
using ModelLaw.Reading;

namespace ModelLaw.Workflows;

/// <summary>
/// Application-wide defaults of ModelLaw, set with <c>services.AddModelLaw(o =&gt; o with { ... })</c> or bound from
/// configuration (<c>services.AddModelLaw(configuration.GetSection("ModelLaw"))</c>, e.g. <c>"ModelLaw": { "Limits": {
/// "MaxInputBytes": 1048576 }, "Compare": { "MaxWordDiffCells": 200000 } }</c>), and read through
/// <c>IOptions&lt;ModelLawOptions&gt;</c>. <see cref="ModelLawEngine"/> and the batch workflow use them whenever a call gives
/// no options of its own; services resolved directly take their options per call. Immutable once configured.
/// </summary>
public sealed record ModelLawOptions
{
    private ReadLimits _limits = ReadLimits.Default with { };
    private CompareOptions _compare = CompareOptions.Default with { };

    /// <summary>Reading limits for untrusted input (default <see cref="ReadLimits.Default"/>, never that shared instance itself).</summary>
    public ReadLimits Limits { get => _limits; init => _limits = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Alignment and diff settings (default <see cref="CompareOptions.Default"/>).</summary>
    public CompareOptions Compare { get => _compare; init => _compare = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The read options a call without its own gets: <see cref="ReadOptions.Default"/> with these limits.</summary>
    public ReadOptions ReadOptions => ReadOptions.Default with { Limits = Limits };

    /// <summary>Takes the values of <paramref name="other"/> (the options pattern configures one instance in place).</summary>
    internal void Assign(ModelLawOptions other)
    {
        _limits = other._limits;
        _compare = other._compare;
    }
}
