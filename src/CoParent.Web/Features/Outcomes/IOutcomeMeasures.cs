using CoParent.Core.Measures;
using CoParent.Data;

namespace CoParent.Web.Features.Outcomes;

/// <summary>
/// One feature's measures for the strategy's Outcomes over a period, worked out from its records. The
/// Outcomes page (<c>/dashboard/outcomes</c>) lists every registered source under its <see cref="Section"/>;
/// register one with <c>services.AddScoped&lt;IOutcomeMeasures, XxxOutcomeMeasures&gt;()</c>. The loading is
/// here; the arithmetic belongs in a pure function in CoParent.Core with a hand-worked unit test.
/// </summary>
public interface IOutcomeMeasures
{
    /// <summary>The heading the measures appear under, e.g. "Health".</summary>
    string Section { get; }

    /// <summary>Which of the strategy's seven Outcomes (1 to 7) these measures report on.</summary>
    IReadOnlyList<int> Outcomes { get; }

    /// <summary>The measures for the period. Each <see cref="MeasureResult.ChildIds"/> lists the children behind the numerator.</summary>
    Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct);
}
