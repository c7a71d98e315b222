using CoParent.Core.Measures;
using CoParent.Core.Strategy;

namespace CoParent.Web.Features.Scorecard;

/// <summary>A period's scorecard as frozen: the newest revision's lines.</summary>
public sealed record FrozenScorecard(int Revision, DateTime TakenAtUtc, IReadOnlyList<ScorecardLine> Lines);

/// <summary>A published figure to compare with: England's or the statistical neighbours' newest year.</summary>
public sealed record Comparison(string Area, int Year, decimal Value, string Source)
{
    /// <summary>The year as the DfE writes it: 2024 is "2024-25".</summary>
    public string YearLabel => $"{Year}-{(Year + 1) % 100:00}";
}

/// <summary>A delivery-plan action, as the scorecard mentions it (no owner: owners may be named officers).</summary>
public sealed record RelatedAction(int Id, int Outcome, string Title, ActionStatus Status, DateOnly? DueOn, string? MeasureId);

/// <summary>One period of a measure's trend: the line as frozen or as worked out now; null when the measure had no figure then.</summary>
public sealed record TrendPoint(MeasurePeriod Period, bool Frozen, ScorecardLine? Line);

/// <summary>One measure on the scorecard with everything the Panel reads beside its figure.</summary>
public sealed record ScorecardRow(
    ScorecardLine Line,
    IReadOnlyList<TrendPoint> Trend,
    Comparison? England,
    Comparison? Neighbours,
    IReadOnlyList<RelatedAction> Actions);

/// <summary>An Outcome with its Pledge promise, its measures and how its delivery plan stands.</summary>
public sealed record OutcomeBlock(StrategyOutcome Outcome, PledgePromise? Promise, IReadOnlyList<ScorecardRow> Rows, IReadOnlyDictionary<ActionStatus, int> ActionCounts);

/// <summary>A Priority and its Outcomes; no Priority for the Outcomes that serve the whole strategy (1 and 2).</summary>
public sealed record PriorityGroup(StrategyPriority? Priority, IReadOnlyList<OutcomeBlock> Outcomes)
{
    public string Heading => Priority is null ? "Across the strategy" : $"Priority {Priority.Number}: {Priority.Title}";
}

/// <summary>The Panel's scorecard for a period. <see cref="Frozen"/> is set when the period's figures were frozen.</summary>
public sealed record ScorecardReport(
    MeasurePeriod Period, StrategyDocument Strategy, FrozenScorecard? Frozen, IReadOnlyList<MeasurePeriod> TrendPeriods, IReadOnlyList<PriorityGroup> Groups)
{
    public IEnumerable<(PriorityGroup Group, OutcomeBlock Block, ScorecardRow Row)> Rows =>
        Groups.SelectMany(g => g.Outcomes.SelectMany(b => b.Rows.Select(r => (g, b, r))));
}
