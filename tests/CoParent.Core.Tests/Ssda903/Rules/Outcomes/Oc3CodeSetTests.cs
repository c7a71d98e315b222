using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Outcomes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Outcomes.OutcomesTestData;

namespace CoParent.Core.Tests.Ssda903.Rules.Outcomes;

public class Oc3CodeSetTests
{
    [Theory]
    [InlineData("YES")]
    [InlineData("DIED")]
    [InlineData("RHOM")]
    public void InTouchCode_Passes131(string code) =>
        Assert.Empty(Flagged(new Rule131(), Return(2027, Oc3(inTouch: code))));

    [Theory]
    [InlineData("Y")]
    [InlineData("REFUSE")]
    [InlineData(null)]
    public void InTouchNotACode_IsFlagged131(string? code) =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule131(), Return(2027, Oc3(inTouch: code))));

    [Theory]
    [InlineData("F1")]
    [InlineData("G6")]
    [InlineData("0")]
    public void ActivityCode_Passes132(string code) =>
        Assert.Empty(Flagged(new Rule132(), Return(2027, Oc3(activ: code))));

    [Theory]
    [InlineData("F3")]
    [InlineData("1")]
    [InlineData(null)]
    public void ActivityNotACode_IsFlagged132(string? code) =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule132(), Return(2027, Oc3(activ: code))));

    [Theory]
    [InlineData("B1")]
    [InlineData("S2")]
    [InlineData("X2")]
    [InlineData("Z1")]
    [InlineData("0")]
    public void AccommodationCode_Passes133(string code) =>
        Assert.Empty(Flagged(new Rule133(), Return(2027, Oc3(accom: code))));

    [Theory]
    [InlineData("S1")]
    [InlineData("X1")]
    [InlineData("A1")]
    [InlineData("T3")]
    [InlineData(null)]
    public void AccommodationNotACode_IsFlagged133(string? code) =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule133(), Return(2027, Oc3(accom: code))));
}
