using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Outcomes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Outcomes.OutcomesTestData;

namespace CoParent.Core.Tests.Ssda903.Rules.Outcomes;

public class Oc2ItemTests
{
    private static readonly (ReturnTable, int)[] FirstOc2Row = [(ReturnTable.OC2, 1)];

    private static Oc2Row Misusing(string? received, string? offered) =>
        Oc2() with { SubstanceMisuse = "1", InterventionReceived = received, InterventionOffered = offered };

    [Fact]
    public void InterventionReceivedAndOfferedLeftBlank_Passes158() =>
        Assert.Empty(Flagged(new Rule158(), Return(2027, Misusing("1", null))));

    [Fact]
    public void InterventionReceivedAndOfferedGiven_IsFlagged158() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule158(), Return(2027, Misusing("1", "0"))));

    [Fact]
    public void NoInterventionReceivedButOfferedGiven_Passes159() =>
        Assert.Empty(Flagged(new Rule159(), Return(2027, Misusing("0", "1"))));

    [Fact]
    public void NoInterventionReceivedAndOfferedBlank_IsFlagged159() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule159(), Return(2027, Misusing("0", null))));

    [Theory]
    [InlineData("0")]
    [InlineData("40")]
    [InlineData("20.0")]
    public void ScoreFrom0To40_Passes180(string score) =>
        Assert.Empty(Flagged(new Rule180(), Return(2027, Oc2() with { SdqScore = score })));

    [Theory]
    [InlineData("41")]
    [InlineData("39.5")]
    [InlineData("-1")]
    [InlineData("XX")]
    public void ScoreOutside0To40_IsFlagged180(string score) =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule180(), Return(2027, Oc2() with { SdqScore = score })));

    [Fact]
    public void ItemsZeroOneOrBlank_Pass181() =>
        Assert.Empty(Flagged(new Rule181(), Return(2027, Oc2() with { HealthCheck = null, Convicted = "1" })));

    [Fact]
    public void ItemOtherThanZeroOrOne_IsFlagged181() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule181(), Return(2027, Oc2() with { TeethCheck = "2" })));

    [Fact]
    public void AllItemsBlank_Passes182() =>
        Assert.Empty(Flagged(new Rule182(), Return(2027, Oc2() with
        {
            Convicted = null, Immunisations = null, TeethCheck = null, HealthAssessment = null, SubstanceMisuse = null,
        })));

    [Fact]
    public void ConvictionGivenButImmunisationsBlank_IsFlagged182() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule182(), Return(2027, Oc2() with { Immunisations = null })));

    [Fact]
    public void SubstanceMisuseWithInterventionReceived_Passes192() =>
        Assert.Empty(Flagged(new Rule192(), Return(2027, Misusing("1", null))));

    [Fact]
    public void SubstanceMisuseWithInterventionReceivedBlank_IsFlagged192() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule192(), Return(2027, Misusing(null, null))));

    [Fact]
    public void NoSubstanceMisuseAndNoInterventionItems_Passes193() =>
        Assert.Empty(Flagged(new Rule193(), Return(2027, Oc2())));

    [Fact]
    public void NoSubstanceMisuseButInterventionOffered_IsFlagged193() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule193(), Return(2027, Oc2() with { InterventionOffered = "1" })));

    [Theory]
    [InlineData("SDQ1")]
    [InlineData("SDQ5")]
    [InlineData(null)]
    public void SdqReasonCodeOrBlank_Passes196(string? reason) =>
        Assert.Empty(Flagged(new Rule196(), Return(2027, Oc2() with { SdqScore = null, SdqReason = reason })));

    [Fact]
    public void SdqReasonNotACode_IsFlagged196() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule196(), Return(2027, Oc2() with { SdqScore = null, SdqReason = "SDQ6" })));

    [Fact]
    public void ScoreWithoutReason_Passes197a() =>
        Assert.Empty(Flagged(new Rule197a(), Return(2027, Oc2())));

    [Fact]
    public void ScoreAndReasonBothGiven_AreFlagged197a() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule197a(), Return(2027, Oc2() with { SdqReason = "SDQ4" })));

    [Fact]
    public void ConvictedWithAllHealthItems_Passes544() =>
        Assert.Empty(Flagged(new Rule544(), Return(2027, Oc2() with { Convicted = "1" })));

    [Fact]
    public void ConvictedWithTeethCheckBlank_IsFlagged544() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule544(), Return(2027, Oc2() with { Convicted = "1", TeethCheck = null })));

    [Fact]
    public void HealthCheckWithAllHealthItems_Passes547() =>
        Assert.Empty(Flagged(new Rule547(), Return(2027, Oc2() with { HealthCheck = "1" })));

    [Fact]
    public void HealthCheckWithSubstanceMisuseBlank_IsFlagged547() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule547(), Return(2027, Oc2() with { HealthCheck = "1", SubstanceMisuse = null })));

    [Fact]
    public void SdqForAFourYearOld_Passes188() =>
        Assert.Empty(Flagged(new Rule188(), Return(2027, Oc2(dob: "31/03/2023"))));

    [Fact]
    public void SdqReasonForAChildUnder4AtTheEnd_IsFlagged188() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule188(), Return(2027, Oc2(dob: "01/04/2023") with { SdqScore = null, SdqReason = "SDQ1" })));

    [Fact]
    public void SdqForA16YearOldAtTheStart_Passes189() =>
        Assert.Empty(Flagged(new Rule189(), Return(2027, Oc2(dob: "02/04/2009"))));

    [Fact]
    public void SdqForA17YearOldAtTheStart_IsFlagged189() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule189(), Return(2027, Oc2(dob: "01/04/2009"))));

    [Fact]
    public void ConvictionForA10YearOld_Passes542() =>
        Assert.Empty(Flagged(new Rule542(), Return(2027, Oc2(dob: "31/03/2017"))));

    [Fact]
    public void ConvictionForAChildUnder10AtTheEnd_IsFlagged542() =>
        Assert.Equal(FirstOc2Row, Flagged(new Rule542(), Return(2027, Oc2(dob: "01/04/2017"))));
}
