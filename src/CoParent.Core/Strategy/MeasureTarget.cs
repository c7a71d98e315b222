namespace CoParent.Core.Strategy;

/// <summary>
/// A target for a measure and the tolerance for amber, in the measure's own unit. Setting a new one adds a row, so
/// the scorecard of an earlier period can say which target it was rated against; the newest row is in force.
/// A null target clears it.
/// </summary>
public class MeasureTarget
{
    public int Id { get; set; }
    public string MeasureId { get; set; } = "";
    public decimal? Target { get; set; }
    public decimal? Tolerance { get; set; }
    public string SetBy { get; set; } = "";
    public DateTime SetAtUtc { get; set; }
}
