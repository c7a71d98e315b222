using CoParent.Core.Measures;

namespace CoParent.Core.Strategy;

/// <summary>
/// One measure on the Panel's scorecard for a period: its figures, where it sits in the strategy, its target and
/// rating. This is also what a <see cref="ScorecardSnapshot"/> freezes, so it carries the definition as it was
/// and no children: the children behind a figure are found live, for those allowed to see them.
/// </summary>
public sealed record ScorecardLine(
    string MeasureId,
    string Name,
    string Definition,
    string Unit,
    int Outcome,
    int PledgePromise,
    MeasureDirection Direction,
    decimal? Value,
    int Numerator,
    int Denominator,
    decimal? Target,
    decimal? Tolerance,
    RagRating Rag,
    string Code)
{
    /// <summary>The figure with the denominators and units as a <see cref="MeasureResult"/>, for suppression and display.</summary>
    public MeasureResult AsResult() => new(MeasureId, Name, Definition, Value, Numerator, Denominator, Unit, []);
}

public static class Scorecard
{
    /// <summary>
    /// Places each worked-out figure in the strategy and rates it against its target. A figure the registry does not
    /// know, or whose Outcome the strategy no longer has, is left off: the registry test keeps the first from
    /// happening, and the second is a strategy change the administrator sees on the strategy page.
    /// </summary>
    public static IReadOnlyList<ScorecardLine> Build(
        IEnumerable<MeasureResult> figures, StrategyDocument strategy, IReadOnlyDictionary<string, MeasureTarget> targets)
    {
        var lines = new List<ScorecardLine>();
        foreach (var figure in figures)
        {
            if (MeasureCatalogue.Find(figure.Id) is not { } info || strategy.Outcome(info.Outcome) is not { } outcome) continue;
            var target = targets.GetValueOrDefault(figure.Id);
            lines.Add(new ScorecardLine(
                figure.Id, figure.Name, figure.Definition, figure.Unit, outcome.Number, info.PledgePromise ?? outcome.PledgePromise,
                info.Direction, figure.Value, figure.Numerator, figure.Denominator, target?.Target, target?.Tolerance,
                Rag.Rate(figure.Value, info.Direction, target?.Target, target?.Tolerance), info.CodePath));
        }
        return lines.OrderBy(l => l.Outcome).ToList();
    }
}
