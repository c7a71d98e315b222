using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>
/// Facts the OC2 (looked after 12 months) and OC3 (care leaver) rules share. The OC2 cohort itself is
/// <see cref="CareFacts.ContinuouslyLookedAfter"/> (ssda903.md §4).
/// </summary>
public static class OutcomesFacts
{
    /// <summary>The OC2 columns about health, convictions and substance misuse (everything but the SDQ).</summary>
    public static readonly string[] Oc2Items =
        ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];

    public static bool Has(string? value) => !CareFacts.IsBlank(value);

    /// <summary>Any of the OC2 items other than the SDQ is completed.</summary>
    public static bool HasOc2Items(Oc2Row r) =>
        Has(r.Convicted) || Has(r.HealthCheck) || Has(r.Immunisations) || Has(r.TeethCheck) || Has(r.HealthAssessment)
        || Has(r.SubstanceMisuse) || Has(r.InterventionReceived) || Has(r.InterventionOffered);

    /// <summary>One of the four items every OC2 child must have (immunisations, teeth, health assessment, substance misuse) is blank.</summary>
    public static bool MissesCoreHealthItem(Oc2Row r) =>
        !Has(r.Immunisations) || !Has(r.TeethCheck) || !Has(r.HealthAssessment) || !Has(r.SubstanceMisuse);

    /// <summary>True when the child reaches <paramref name="age"/> on a day within the collection year.</summary>
    public static bool BirthdayInYear(DateOnly dob, int age, RuleContext context)
    {
        var birthday = CareFacts.BirthdayAt(dob, age);
        return birthday >= context.Start && birthday <= context.End;
    }

    /// <summary>The child's episode with the latest valid DECOM (the first of them on a tie), or null when none has one.</summary>
    public static EpisodeRow? FinalEpisode(ChildReturn child)
    {
        EpisodeRow? final = null;
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date is { } decom && (final is null || decom > final.Decom.Date)) final = episode;
        }
        return final;
    }
}
