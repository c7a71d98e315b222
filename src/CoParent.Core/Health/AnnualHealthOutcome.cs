using CoParent.Core.Children;

namespace CoParent.Core.Health;

/// <summary>
/// A child's health and offending outcomes for a year, collected for children looked after continuously for
/// 12 months at 31 March (SSDA903 OC2 table). Values are kept as written so a return reads back unchanged.
/// </summary>
public class AnnualHealthOutcome
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The collection year, named by the year it ends.</summary>
    public int CollectionYear { get; set; }

    public string? SdqScore { get; set; }
    public string? SdqReason { get; set; }
    public string? Convicted { get; set; }
    public string? HealthCheck { get; set; }
    public string? Immunisations { get; set; }
    public string? TeethCheck { get; set; }
    public string? HealthAssessment { get; set; }
    public string? SubstanceMisuse { get; set; }
    public string? InterventionReceived { get; set; }
    public string? InterventionOffered { get; set; }
}
