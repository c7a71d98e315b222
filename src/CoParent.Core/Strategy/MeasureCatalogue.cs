using CoParent.Core.CareLeavers;
using CoParent.Core.Education;
using CoParent.Core.Family;
using CoParent.Core.Health;
using CoParent.Core.Identity;
using CoParent.Core.Measures;
using CoParent.Core.Reviews;
using CoParent.Core.Safety;
using CoParent.Core.Voice;
using static CoParent.Core.Strategy.MeasureDirection;

namespace CoParent.Core.Strategy;

/// <summary>
/// What the strategy needs to know about a measure beyond its figure: the Outcome it reports on, which way is
/// better, and the pure function that works it out (<see cref="Code"/>, for an analyst tracing a figure). The
/// Pledge promise is the Outcome's unless <see cref="PledgePromise"/> says otherwise. Name, definition and unit
/// come with the figure itself (<see cref="MeasureResult"/>), written beside the calculation.
/// </summary>
public sealed record MeasureInfo(string Id, int Outcome, MeasureDirection Direction, Type Code, int? PledgePromise = null)
{
    /// <summary>An Id ending ".*" describes a family of measures, such as the gaps with each comparison area.</summary>
    public bool Matches(string id) => Id.EndsWith(".*", StringComparison.Ordinal)
        ? id.StartsWith(Id[..^1], StringComparison.Ordinal)
        : id == Id;

    /// <summary>The source file an analyst opens to read the calculation beside the DfE's definition.</summary>
    public string CodePath => $"src/CoParent.Core/{Code.Namespace!["CoParent.Core.".Length..].Replace('.', '/')}/{Code.Name}.cs";
}

/// <summary>
/// The measure registry: every measure the strategy reports, once. A measure's figure comes from the feature
/// that owns its records (an <c>IOutcomeMeasures</c> source in the web app calling a pure function here in
/// Core); this catalogue places it in the strategy. Adding a measure is its calculation with a hand-worked test
/// and one line here; <c>MeasureCatalogueTests</c> fails while any figure the app works out has no line.
/// </summary>
public static class MeasureCatalogue
{
    public static readonly IReadOnlyList<MeasureInfo> All =
    [
        // Outcome 1: the right children in care, for as short a time as is safe, with families involved.
        new("journey.started", 1, NoDirection, typeof(CareJourneyMeasures)),
        new("journey.started-year-before", 1, NoDirection, typeof(CareJourneyMeasures)),
        new("journey.ceased", 1, NoDirection, typeof(CareJourneyMeasures)),
        new("journey.length-when-left", 1, NoDirection, typeof(CareJourneyMeasures)),
        new("journey.length-in-care", 1, LowerIsBetter, typeof(CareJourneyMeasures)),
        new("family.siblings-in-care", 1, NoDirection, typeof(FamilyMeasures)),
        new("family.siblings-living-together", 1, HigherIsBetter, typeof(FamilyMeasures)),
        new("family.permanence-plan", 1, HigherIsBetter, typeof(FamilyMeasures)),
        new("family.permanence-achieved", 1, HigherIsBetter, typeof(FamilyMeasures)),
        new("voice.question.supported", 1, HigherIsBetter, typeof(VoiceMeasures)),

        // Outcome 2: listened to, involved and understanding what is happening.
        new("voice.question.family-plan", 2, HigherIsBetter, typeof(VoiceMeasures)),
        new("voice.question.listened-to", 2, HigherIsBetter, typeof(VoiceMeasures)),
        new("voice.survey.response-rate", 2, HigherIsBetter, typeof(VoiceMeasures)),
        new("voice.meetings", 2, HigherIsBetter, typeof(VoiceMeasures)),
        new("voice.meetings.children-took-part", 2, HigherIsBetter, typeof(VoiceMeasures)),
        new("voice.advocacy.referrals", 2, NoDirection, typeof(VoiceMeasures)),
        new("voice.advocacy.children-referred", 2, NoDirection, typeof(VoiceMeasures)),
        new("reviews.on-time", 2, HigherIsBetter, typeof(ReviewMeasures)),
        new("reviews.overdue", 2, LowerIsBetter, typeof(ReviewMeasures)),
        new("reviews.participation", 2, HigherIsBetter, typeof(ReviewMeasures)),
        new("reviews.participation.*", 2, NoDirection, typeof(ReviewMeasures)),

        // Outcome 3: proud to be who they are, with a sense of belonging.
        new("voice.question.proud-to-be-me", 3, HigherIsBetter, typeof(VoiceMeasures)),
        new("identity.bame-foster-matched", 3, HigherIsBetter, typeof(IdentityMeasures)),
        new("identity.bame-foster-household-not-recorded", 3, LowerIsBetter, typeof(IdentityMeasures)),
        new("identity.life-story-completed", 3, HigherIsBetter, typeof(IdentityMeasures)),
        new("identity.life-story-feeling.happy", 3, HigherIsBetter, typeof(IdentityMeasures)),
        new("identity.life-story-feeling.*", 3, NoDirection, typeof(IdentityMeasures)),
        new("identity.later-life-letters", 3, HigherIsBetter, typeof(IdentityMeasures)),

        // Outcome 4: happy, healthy and safe.
        new("health.annual-check", 4, HigherIsBetter, typeof(HealthMeasures)),
        new("health.immunisations", 4, HigherIsBetter, typeof(HealthMeasures)),
        new("health.dental", 4, HigherIsBetter, typeof(HealthMeasures)),
        new("health.sdq.average", 4, LowerIsBetter, typeof(HealthMeasures)),
        new("health.sdq.normal", 4, HigherIsBetter, typeof(HealthMeasures)),
        new("health.sdq.borderline", 4, NoDirection, typeof(HealthMeasures)),
        new("health.sdq.concern", 4, LowerIsBetter, typeof(HealthMeasures)),
        new("health.passport.given", 4, HigherIsBetter, typeof(HealthMeasures)),
        new("health.passport.care-leavers", 4, HigherIsBetter, typeof(HealthMeasures)),
        new("safety.missing.*", 4, LowerIsBetter, typeof(SafetyMeasures)),
        new("safety.away.*", 4, LowerIsBetter, typeof(SafetyMeasures)),
        new("safety.missing-or-away.*", 4, LowerIsBetter, typeof(SafetyMeasures)),
        new("safety.return-conversation.*", 4, HigherIsBetter, typeof(SafetyMeasures)),
        // Being recorded as at risk is how help starts: the count is watched, not pushed either way.
        new("safety.exploitation.*", 4, NoDirection, typeof(SafetyMeasures)),

        // Outcome 5: settled and secure at home, part of a family.
        new("voice.question.cared-about", 5, HigherIsBetter, typeof(VoiceMeasures)),
        new("family.family-time-arrangement", 5, HigherIsBetter, typeof(FamilyMeasures)),
        new("stability.short-term", 5, LowerIsBetter, typeof(ChildrenInCareMeasures)),
        new("stability.long-term", 5, HigherIsBetter, typeof(ChildrenInCareMeasures)),
        new("cla.placement.fostered", 5, HigherIsBetter, typeof(ChildrenInCareMeasures)),
        new("cla.placement.fostered-in-house", 5, HigherIsBetter, typeof(ChildrenInCareMeasures)),
        new("placement.over-20-miles", 5, LowerIsBetter, typeof(ChildrenInCareMeasures)),
        new("placement.outside-council-area", 5, LowerIsBetter, typeof(ChildrenInCareMeasures)),

        // Outcome 6: happy and confident in learning, with better results and high aspirations.
        new("voice.question.enjoy-school", 6, HigherIsBetter, typeof(VoiceMeasures)),
        new("leaving-care.eet.16-17-in-care", 6, HigherIsBetter, typeof(CareLeaverMeasures)),
        new("education.roll.ehc-plan", 6, NoDirection, typeof(RollMeasures)),
        new("education.roll.sen-support", 6, NoDirection, typeof(RollMeasures)),
        new("education.roll.no-school", 6, LowerIsBetter, typeof(RollMeasures)),
        new("education.roll.*", 6, NoDirection, typeof(RollMeasures)),
        new("education.moves", 6, LowerIsBetter, typeof(EducationMoveMeasures)),
        new("education.moves.*", 6, LowerIsBetter, typeof(EducationMoveMeasures)),
        new("education.attendance", 6, HigherIsBetter, typeof(AttendanceMeasures)),
        new("education.attendance.persistent", 6, LowerIsBetter, typeof(AttendanceMeasures)),
        new("education.attendance.severe", 6, LowerIsBetter, typeof(AttendanceMeasures)),
        new("education.exclusions.*", 6, LowerIsBetter, typeof(ExclusionMeasures)),
        new("education.peps.due", 6, NoDirection, typeof(PepMeasures)),
        new("education.peps.overdue", 6, LowerIsBetter, typeof(PepMeasures)),
        new("education.peps.in-time", 6, HigherIsBetter, typeof(PepMeasures)),
        new("education.peps.rated-green", 6, HigherIsBetter, typeof(PepMeasures)),
        new("education.peps.rated-amber", 6, NoDirection, typeof(PepMeasures)),
        new("education.peps.rated-red", 6, LowerIsBetter, typeof(PepMeasures)),
        new("education.pupil-premium.target-met", 6, HigherIsBetter, typeof(PupilPremiumMeasures)),
        new("education.pupil-premium.*", 6, NoDirection, typeof(PupilPremiumMeasures)),
        new("attainment.progress.on-track", 6, HigherIsBetter, typeof(AttainmentMeasures)),
        new("attainment.progress.on-track-previous", 6, NoDirection, typeof(AttainmentMeasures)),
        new("attainment.progress.improved", 6, HigherIsBetter, typeof(AttainmentMeasures)),
        new("attainment.progress.same", 6, NoDirection, typeof(AttainmentMeasures)),
        new("attainment.progress.fell", 6, LowerIsBetter, typeof(AttainmentMeasures)),
        // The statutory results and their gaps (ours minus the comparison's, so higher is better for both).
        new("attainment.*", 6, HigherIsBetter, typeof(AttainmentMeasures)),

        // Outcome 7: care leavers cared for, settled, connected and supported into work and adult life.
        new("leaving-care.eet.*", 7, HigherIsBetter, typeof(CareLeaverMeasures)),
        new("leaving-care.suitable-accommodation.*", 7, HigherIsBetter, typeof(CareLeaverMeasures)),
        new("leaving-care.seeking-employment", 7, NoDirection, typeof(CareLeaverMeasures)),
        new("leaving-care.employed-by-council", 7, HigherIsBetter, typeof(CareLeaverMeasures)),
        new("leaving-care.staying-put", 7, HigherIsBetter, typeof(CareLeaverMeasures)),
    ];

    /// <summary>The entry for a measure: an exact Id first, then the most specific family ("x.y.*") that covers it.</summary>
    public static MeasureInfo? Find(string id) =>
        All.FirstOrDefault(m => m.Id == id)
        ?? All.Where(m => m.Matches(id)).OrderByDescending(m => m.Id.Length).FirstOrDefault();
}
