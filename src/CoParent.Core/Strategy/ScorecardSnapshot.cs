namespace CoParent.Core.Strategy;

/// <summary>
/// The Panel's scorecard for one period, frozen when the period ended: each measure's figures, definition, target
/// and rating as they were (<see cref="Json"/>). A later correction to the records does not change it; freezing the
/// same period again adds a revision (<see cref="Revision"/> 2, 3...) with its reason, so history is never
/// silently rewritten and the Panel can see what was revised.
/// </summary>
public class ScorecardSnapshot
{
    public int Id { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public int Revision { get; set; }
    public string Reason { get; set; } = "";
    public string TakenBy { get; set; } = "";
    public DateTime TakenAtUtc { get; set; }
    public string Json { get; set; } = "";
}
