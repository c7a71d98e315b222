using CoParent.Core.Health;
using CoParent.Core.Measures;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Health;

/// <summary>A child's health as a hand-worked example writes it: date of birth, episodes and records by date.</summary>
internal sealed record HealthBuilder(int Id, string DateOfBirth, EpisodeFacts[] Episodes)
{
    public List<AssessmentFact> Assessments { get; } = [];
    public List<DateOnly> Dental { get; } = [];
    public List<ImmunisationFact> Immunisations { get; } = [];
    public List<SdqFact> Sdqs { get; } = [];
    public List<DateOnly> Passports { get; } = [];

    public HealthBuilder Assessed(string date, HealthAssessmentKind kind = HealthAssessmentKind.Review) { Assessments.Add(new(D(date), kind)); return this; }
    public HealthBuilder Teeth(string date) { Dental.Add(D(date)); return this; }
    public HealthBuilder Immunised(string date, bool upToDate = true) { Immunisations.Add(new(D(date), upToDate)); return this; }
    public HealthBuilder Sdq(string date, int score, SdqInformant by = SdqInformant.Carer) { Sdqs.Add(new(D(date), score, by)); return this; }
    public HealthBuilder Passport(string date) { Passports.Add(D(date)); return this; }

    public ChildHealth Build() => new(Id, D(DateOfBirth), Episodes, Assessments, Dental, Immunisations, Sdqs, Passports);

    public static implicit operator ChildHealth(HealthBuilder b) => b.Build();
}

internal static class HealthBuilders
{
    public static HealthBuilder Person(int id, string dateOfBirth, params EpisodeFacts[] episodes) => new(id, dateOfBirth, episodes);
}
