using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Web.Features.Outcomes;

namespace CoParent.Web.Features.Strategy;

/// <summary>
/// A line of the measure registry as the pages show it: the catalogue's entry with the figures that it covers in
/// the reference period (their names, units and definitions are written beside the calculations, so they come from
/// the figures), and the target in force.
/// </summary>
public sealed record RegistryLine(MeasureInfo Info, int? Promise, IReadOnlyList<MeasureResult> Figures, MeasureTarget? Target)
{
    public bool IsFamily => Info.Id.EndsWith(".*", StringComparison.Ordinal);

    public string Name => IsFamily
        ? $"{Figures.Count} related figure{(Figures.Count == 1 ? "" : "s")}" + (Figures.Count > 0 ? $", such as {Figures[0].Name}" : "")
        : Figures.Count > 0 ? Figures[0].Name : "Not worked out for this period";

    public string Unit => string.Join(", ", Figures.Select(f => f.Unit).Distinct());
}

public static class MeasureRegistry
{
    /// <summary>Each catalogue entry with the figures it is the registry's entry for (a family takes only those no exact entry claims).</summary>
    public static IReadOnlyList<RegistryLine> Lines(
        OutcomeReport report, StrategyDocument strategy, IReadOnlyDictionary<string, MeasureTarget> targets)
    {
        var figures = report.Sections.SelectMany(s => s.Measures).GroupBy(m => m.Id).Select(g => g.First()).ToList();
        var byEntry = figures.ToLookup(f => MeasureCatalogue.Find(f.Id)?.Id);
        return MeasureCatalogue.All
            .Select(m => new RegistryLine(m, StrategyFeature.PromiseOf(m, strategy), byEntry[m.Id].ToList(), targets.GetValueOrDefault(m.Id)))
            .ToList();
    }

    /// <summary>The reference period for names and definitions: the last complete quarter, as the Panel reads by default.</summary>
    public static MeasurePeriod ReferencePeriod(TimeProvider clock) =>
        PeriodChoice.Default(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Period;
}
