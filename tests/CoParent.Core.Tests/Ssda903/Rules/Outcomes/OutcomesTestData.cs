using CoParent.Core.Ssda903.Returns;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Outcomes;

/// <summary>OC2 and OC3 rows and episode histories for the 2026/27 return (1 April 2026 to 31 March 2027).</summary>
public static class OutcomesTestData
{
    /// <summary>A complete OC2 row for a 14-year-old: SDQ score, health items, no substance misuse.</summary>
    public static Oc2Row Oc2(string child = "C1", string dob = "15/06/2012") =>
        new()
        {
            Child = child, Dob = dob, SdqScore = "12", SdqReason = null, Convicted = "0", HealthCheck = null,
            Immunisations = "1", TeethCheck = "1", HealthAssessment = "1", SubstanceMisuse = "0",
            InterventionReceived = null, InterventionOffered = null,
        };

    /// <summary>An OC3 row for a care leaver in touch, in education and suitably housed, turning 19 in the year.</summary>
    public static Oc3Row Oc3(string child = "C1", string dob = "10/10/2007", string? inTouch = "YES", string? activ = "F2", string? accom = "E1") =>
        new() { Child = child, Dob = dob, InTouch = inTouch, Activ = activ, Accom = accom };

    /// <summary>An OC3 row with the care leaver items left blank.</summary>
    public static Oc3Row BlankOc3(string child = "C1", string dob = "10/10/2007") => Oc3(child, dob, null, null, null);

    /// <summary>In care since 2020 and still at 31 March: looked after continuously for 12 months.</summary>
    public static EpisodeRow LookedAfterAllYear(string child = "C1") => Episode(child, decom: "01/01/2020");

    /// <summary>Came into care during the year: not in the OC2 cohort.</summary>
    public static EpisodeRow StartedThisYear(string child = "C1") => Episode(child, decom: "01/05/2026");
}
