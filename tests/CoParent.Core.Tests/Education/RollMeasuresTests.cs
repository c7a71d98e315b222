using CoParent.Core.Education;

namespace CoParent.Core.Tests.Education;

public sealed class RollMeasuresTests
{
    [Fact]
    public void Calculate_SmallRoll_CountsCohortsPhasesSenAndOutOfArea()
    {
        // Arrange: five children in care (four with a school), one previously looked after, one with a social worker.
        // EHC plan: 1 of the 4 with a school = 25%. SEN support: 2 of 4 = 50%. Out of area: 1 of 4 = 25%.
        // No school among Reception to Year 11: child 5 (Year 3) of the 4 in those years (children 2, 3, 4, 5) = 25%.
        RollPupil[] pupils =
        [
            new(1, RollCohort.InCare, -1, SenProvision.None, true, false),
            new(2, RollCohort.InCare, 2, SenProvision.SenSupport, true, false),
            new(3, RollCohort.InCare, 8, SenProvision.EducationHealthAndCarePlan, true, true),
            new(4, RollCohort.InCare, 10, SenProvision.SenSupport, true, false),
            new(5, RollCohort.InCare, 3, SenProvision.None, false, false),
            new(6, RollCohort.PreviouslyLookedAfter, 4, SenProvision.None, false, false),
            new(7, RollCohort.WithSocialWorker, 9, SenProvision.None, false, false),
        ];

        // Act
        var results = RollMeasures.Calculate(pupils).ToDictionary(m => m.Id);

        // Assert
        Assert.Equal(5m, results["education.roll.in-care"].Value);
        Assert.Equal(1m, results["education.roll.previously-looked-after"].Value);
        Assert.Equal(1m, results["education.roll.with-social-worker"].Value);
        Assert.Equal(0m, results["education.roll.care-leaver-in-education"].Value);
        Assert.Equal(1m, results["education.roll.phase.early-years"].Value);
        Assert.Equal(2m, results["education.roll.phase.primary"].Value);
        Assert.Equal(2m, results["education.roll.phase.secondary"].Value);
        Assert.Equal(25m, results["education.roll.ehc-plan"].Value);
        Assert.Equal(50m, results["education.roll.sen-support"].Value);
        Assert.Equal(25m, results["education.roll.out-of-area"].Value);
        Assert.Equal(25m, results["education.roll.no-school"].Value);
    }

    [Theory]
    [InlineData("E11", true)]
    [InlineData("E45", true)]
    [InlineData("E4A", false)]
    [InlineData(null, false)]
    public void LeftCareToPermanence_AdoptionSpecialGuardianshipOrChildArrangements(string? reason, bool expected) =>
        Assert.Equal(expected, RollCohorts.LeftCareToPermanence(reason));
}
