using ModelLaw.Comparing;
using ModelLaw.Reading;

namespace ModelLaw.DependencyInjection;

/// <summary>
/// Application-wide defaults of ModelLaw, set with <c>services.AddModelLaw(o => ...)</c> or bound from configuration
/// (<c>services.AddModelLaw(configuration.GetSection("ModelLaw"))</c>, e.g. <c>"ModelLaw": { "Limits": { "MaxInputBytes":
/// 1048576 }, "Compare": { "MaxWordDiffCells": 200000 } }</c>). <see cref="ModelLawEngine"/> and the batch workflow use
/// them whenever a call gives no options of its own; services resolved directly take their options per call.
/// </summary>
/// <remarks>A mutable options class, as the options pattern needs; the records it holds stay immutable once read.</remarks>
public sealed class ModelLawOptions
{
    /// <summary>Reading limits for untrusted input (default <see cref="ReadLimits.Default"/>).</summary>
    public ReadLimits Limits { get; set; } = ReadLimits.Default with { };

    /// <summary>Alignment and diff settings (default <see cref="CompareOptions.Default"/>).</summary>
    public CompareOptions Compare { get; set; } = CompareOptions.Default with { };

    /// <summary>The read options a call without its own gets: <see cref="ReadOptions.Default"/> with these limits.</summary>
    public ReadOptions ReadOptions => ReadOptions.Default with { Limits = Limits };
}
