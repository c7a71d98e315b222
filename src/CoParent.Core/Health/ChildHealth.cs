using CoParent.Core.CareEpisodes;
using CoParent.Core.Measures;

namespace CoParent.Core.Health;

public sealed record AssessmentFact(DateOnly HeldOn, HealthAssessmentKind Kind);

public sealed record ImmunisationFact(DateOnly CheckedOn, bool UpToDate);

public sealed record SdqFact(DateOnly CompletedOn, int Score, SdqInformant CompletedBy);

/// <summary>What the health rules and measures read about one child: date of birth, episodes and health records.</summary>
public sealed record ChildHealth(
    int ChildId,
    DateOnly DateOfBirth,
    IReadOnlyList<EpisodeFacts> Episodes,
    IReadOnlyList<AssessmentFact> Assessments,
    IReadOnlyList<DateOnly> DentalChecks,
    IReadOnlyList<ImmunisationFact> Immunisations,
    IReadOnlyList<SdqFact> Sdqs,
    IReadOnlyList<DateOnly> Passports)
{
    public static EpisodeFacts Facts(CareEpisode e) =>
        new(e.Decom, e.Rne, e.Ls, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.PlLocation, e.PlDistance);
}
