using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

/// <summary>Rules 630 to 635 on previous permanence.</summary>
public class PermanenceTests
{
    private static PrevPermRow Perm(string? prevPerm = "P1", string? laPerm = "352", string? datePerm = "05/05/2020", string child = "C1") =>
        new() { Child = child, Dob = "15/06/2012", PrevPerm = prevPerm, LaPerm = laPerm, DatePerm = datePerm };

    private static readonly (ReturnTable, int)[] FirstPerm = [(ReturnTable.PrevPerm, 1)];
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    [Theory]
    [InlineData("Z1", null, null)]
    [InlineData("P1", "352", "05/05/2020")]
    [InlineData("P4", "999", "ZZ/ZZ/ZZZZ")]
    public void Rule630_ChildStartingCareWithCompletePermanenceInformation_Passes(string prevPerm, string? la, string? date) =>
        Assert.Empty(Flagged(new Rule630(), Return(2027, Episode(decom: "01/05/2026", rne: "S"), Perm(prevPerm, la, date))));

    [Fact]
    public void Rule630_ChildStartingCareWithNoPermanenceRow_FlagsTheEpisode() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule630(), Return(2027, Episode(decom: "01/05/2026", rne: "S"))));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("P1", null, "05/05/2020")]
    [InlineData("P2", "352", null)]
    public void Rule630_ChildStartingCareWithIncompletePermanenceInformation_FlagsTheEpisode(string? prevPerm, string? la, string? date) =>
        Assert.Equal(FirstEpisode, Flagged(new Rule630(), Return(2027, Episode(decom: "01/05/2026", rne: "S"), Perm(prevPerm, la, date))));

    [Fact]
    public void Rule630_ChildWhoStartedCareBeforeTheYear_Passes() =>
        Assert.Empty(Flagged(new Rule630(), Return(2027, Episode(decom: "01/03/2026", rne: "S"), Episode(decom: "01/05/2026", rne: "P"))));

    [Theory]
    [InlineData("P1")]
    [InlineData("Z1")]
    [InlineData(null)]
    public void Rule631_PreviousPermanenceInTheCodeSetOrBlank_Passes(string? prevPerm) =>
        Assert.Empty(Flagged(new Rule631(), Return(2027, Perm(prevPerm))));

    [Fact]
    public void Rule631_PreviousPermanenceOutsideTheCodeSet_IsFlagged() =>
        Assert.Equal(FirstPerm, Flagged(new Rule631(), Return(2027, Perm("P0"))));

    [Theory]
    [InlineData("30/04/2026")]
    [InlineData("ZZ/ZZ/2025")]
    [InlineData("ZZ/04/2026")]
    [InlineData("ZZ/ZZ/ZZZZ")]
    [InlineData(null)]
    public void Rule632_OrderDateBeforeCareBegan_Passes(string? date) =>
        Assert.Empty(Flagged(new Rule632(), Return(2027, Episode(decom: "01/05/2026"), Perm(datePerm: date))));

    [Theory]
    [InlineData("01/05/2026")]
    [InlineData("ZZ/05/2026")]
    [InlineData("ZZ/ZZ/2026")]
    [InlineData("ZZ/ZZ/ZZ")]
    [InlineData("01/13/2000")]
    [InlineData("xx/10/2011")]
    public void Rule632_OrderDateInvalidOrNotBeforeCareBegan_FlagsTheRowAndTheFirstEpisode(string date) =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.PrevPerm, 1)],
            Flagged(new Rule632(), Return(2027, Episode(decom: "01/05/2026"), Episode(decom: "01/12/2026"), Perm(datePerm: date))));

    [Theory]
    [InlineData("352")]
    [InlineData("999")]
    [InlineData("SCO")]
    [InlineData(null)]
    public void Rule633_LaCodeInTheListOrBlank_Passes(string? la) => Assert.Empty(Flagged(new Rule633(), Return(2027, Perm(laPerm: la))));

    [Theory]
    [InlineData("458")]
    [InlineData("E10000012")]
    public void Rule633_LaCodeNotInTheList_IsFlagged(string la) => Assert.Equal(FirstPerm, Flagged(new Rule633(), Return(2027, Perm(laPerm: la))));

    [Fact]
    public void Rule634_PermanenceEntriesForAChildWhoStartedCareSince2016_Pass() =>
        Assert.Empty(Flagged(new Rule634(), Return(2027, Episode(decom: "01/04/2016"), Perm())));

    [Fact]
    public void Rule634_PermanenceEntriesForAChildInCareSinceBefore2016_FlagTheRowAndTheEpisodes() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.PrevPerm, 1)],
            Flagged(new Rule634(), Return(2027, Episode(decom: "01/05/2010"), Episode(decom: "31/03/2016", rne: "P"), Perm("Z1", null, null))));

    [Theory]
    [InlineData("P1", "352", "05/05/2020")]
    [InlineData("Z1", null, null)]
    [InlineData(null, null, null)]
    public void Rule635_OrderDetailsOnlyWithAPermanenceOption_Pass(string? prevPerm, string? la, string? date) =>
        Assert.Empty(Flagged(new Rule635(), Return(2027, Perm(prevPerm, la, date))));

    [Theory]
    [InlineData(null, "352", null)]
    [InlineData(null, null, "01/05/2000")]
    [InlineData("Z1", "352", "05/05/2020")]
    public void Rule635_OrderDetailsWithNoPermanenceOptionOrZ1_AreFlagged(string? prevPerm, string? la, string? date) =>
        Assert.Equal(FirstPerm, Flagged(new Rule635(), Return(2027, Perm(prevPerm, la, date))));
}
