using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Outcomes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Outcomes.OutcomesTestData;

namespace CoParent.Core.Tests.Ssda903.Rules.Outcomes;

/// <summary>Rules that depend on the child being looked after continuously for 12 months at 31 March.</summary>
public class Oc2CohortTests
{
    private static readonly (ReturnTable, int)[] FirstOc2Row = [(ReturnTable.OC2, 1)];

    private static Oc2Row NoSdq(string dob = "15/06/2012", string? reason = null) =>
        Oc2(dob: dob) with { SdqScore = null, SdqReason = reason };

    [Fact]
    public void OutsideTheAgeRangeForA17YearOld_Passes157() =>
        Assert.Empty(Flagged(new Rule157(), Return(2027, LookedAfterAllYear(), NoSdq("15/06/2009", "SDQ1"))));

    [Fact]
    public void OutsideTheAgeRangeForA14YearOld_IsFlagged157() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule157(), Return(2027, LookedAfterAllYear(), NoSdq(reason: "SDQ1"))));

    [Fact]
    public void SdqScoreInTheCohort_Passes185() =>
        Assert.Empty(Flagged(new Rule185(), Return(2027, LookedAfterAllYear(), Oc2())));

    [Fact]
    public void SdqScoreForAChildNewToCare_IsFlagged185() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule185(), Return(2027, StartedThisYear(), Oc2())));

    [Fact]
    public void SdqScoreForAChildLeavingCareInTheYear_IsFlagged185() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule185(), Return(2027, LookedAfterAllYear() with { Dec = "01/02/2027", Rec = "E8" }, Oc2())));

    [Fact]
    public void ScoreGivenWithoutAReason_Passes186() =>
        Assert.Empty(Flagged(new Rule186(), Return(2027, LookedAfterAllYear(), Oc2())));

    [Fact]
    public void NoScoreForA14YearOldInTheCohort_IsFlagged186() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule186(), Return(2027, LookedAfterAllYear(), NoSdq(reason: "SDQ4"))));

    [Fact]
    public void NoScoreForAChildNotInTheCohort_Passes186() =>
        Assert.Empty(Flagged(new Rule186(), Return(2027, StartedThisYear(), NoSdq())));

    [Fact]
    public void ItemsInTheCohort_Pass190() =>
        Assert.Empty(Flagged(new Rule190(), Return(2027, LookedAfterAllYear(), Oc2())));

    [Fact]
    public void ItemsForAChildOnShortBreaks_AreFlagged190() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule190(), Return(2027, LookedAfterAllYear() with { Ls = "V3" }, Oc2())));

    [Fact]
    public void CompleteOc2RowInTheCohort_Passes191() =>
        Assert.Empty(Flagged(new Rule191(), Return(2027, LookedAfterAllYear(), Oc2())));

    [Fact]
    public void HealthAssessmentBlankInTheCohort_IsFlagged191() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule191(), Return(2027, LookedAfterAllYear(), Oc2() with { HealthAssessment = null })));

    [Fact]
    public void ChildInTheCohortWithNoOc2Row_FlagsTheFirstEpisode191() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule191(), Return(2027,
            LookedAfterAllYear() with { Dec = "01/06/2026", Rec = "X1" },
            Episode(decom: "01/06/2026", rne: "P"))));

    [Fact]
    public void ReasonForA4YearOld_Passes197B() =>
        Assert.Empty(Flagged(new Rule197B(), Return(2027, LookedAfterAllYear(), NoSdq("10/10/2022", "SDQ1"))));

    [Theory]
    [InlineData("10/10/2022")] // 4 in the year
    [InlineData("10/10/2009")] // 17 in the year
    public void NeitherScoreNorReasonForA4Or17YearOld_IsFlagged197B(string dob) =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule197B(), Return(2027, LookedAfterAllYear(), NoSdq(dob))));

    [Fact]
    public void SeventeenthBirthdayOnTheFirstDay_IsLeftTo189NotFlagged197B() =>
        Assert.Empty(Flagged(new Rule197B(), Return(2027, LookedAfterAllYear(), NoSdq("01/04/2009"))));

    [Fact]
    public void ReasonInTheCohort_Passes198() =>
        Assert.Empty(Flagged(new Rule198(), Return(2027, LookedAfterAllYear(), NoSdq(reason: "SDQ2"))));

    [Fact]
    public void ReasonForAChildNewToCare_IsFlagged198() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule198(), Return(2027, StartedThisYear(), NoSdq(reason: "SDQ2"))));

    [Fact]
    public void ConvictionGivenForA14YearOld_Passes543() =>
        Assert.Empty(Flagged(new Rule543(), Return(2027, LookedAfterAllYear(), Oc2())));

    [Fact]
    public void ConvictionBlankForAChild10OnThe31March_IsFlagged543() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule543(), Return(2027, LookedAfterAllYear(), Oc2(dob: "31/03/2017") with { Convicted = null })));

    [Fact]
    public void HealthCheckGivenForA3YearOld_Passes545() =>
        Assert.Empty(Flagged(new Rule545(), Return(2027, LookedAfterAllYear(), Oc2(dob: "01/01/2024") with { HealthCheck = "1" })));

    [Fact]
    public void HealthCheckBlankForA3YearOld_IsFlagged545() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule545(), Return(2027, LookedAfterAllYear(), Oc2(dob: "01/01/2024"))));

    [Fact]
    public void HealthCheckBlankForA14YearOld_Passes546() =>
        Assert.Empty(Flagged(new Rule546(), Return(2027, LookedAfterAllYear(), Oc2())));

    [Fact]
    public void HealthCheckGivenForA5YearOld_IsFlagged546() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule546(), Return(2027, LookedAfterAllYear(), Oc2(dob: "31/03/2022") with { HealthCheck = "1" })));

    [Fact]
    public void CareLeaverAndAdoptionItemsForAChildNotInTheCohort_Pass187() =>
        Assert.Empty(Flagged(new Rule187(), Return(2027, StartedThisYear(), Oc3(), new Ad1Row { Child = "C1", DateInt = "01/05/2026" })));

    [Fact]
    public void CareLeaverAndAdoptionItemsInTheCohort_AreFlagged187() =>
        Assert.Equal([(ReturnTable.OC3, 1), (ReturnTable.AD1, 1)],
            Flagged(new Rule187(), Return(2027, LookedAfterAllYear(), Oc3(), new Ad1Row { Child = "C1", DateInt = "01/05/2026" })));
}
