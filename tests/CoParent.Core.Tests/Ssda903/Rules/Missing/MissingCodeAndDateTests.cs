using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

/// <summary>Rules 564 to 571, 586 and 1004 to 1006: each missing row on its own.</summary>
public class MissingCodeAndDateTests
{
    private static readonly (ReturnTable, int)[] FirstRow = [(ReturnTable.Missing, 1)];

    [Fact]
    public void Rule564_MissingPeriodWithAStartDate_Passes() => Assert.Empty(Flagged(new Rule564(), Return(2027, Period())));

    [Fact]
    public void Rule564_MissingPeriodWithNoStartDate_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule564(), Return(2027, Period(start: null))));

    [Fact]
    public void Rule564_RowWithNeitherTypeNorStart_IsLeftToOtherRules() =>
        Assert.Empty(Flagged(new Rule564(), Return(2027, Period(start: null, type: null))));

    [Fact]
    public void Rule565_StartDateWithAType_Passes() => Assert.Empty(Flagged(new Rule565(), Return(2027, Period(type: "A"))));

    [Fact]
    public void Rule565_StartDateWithNoType_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule565(), Return(2027, Period(type: null, end: null))));

    [Fact]
    public void Rule566_EndDateWithAType_Passes() => Assert.Empty(Flagged(new Rule566(), Return(2027, Period())));

    [Fact]
    public void Rule566_EndDateWithNoType_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule566(), Return(2027, Period(type: null, start: null))));

    [Fact]
    public void Rule567_PeriodEndingOnOrAfterItsStart_Passes() =>
        Assert.Empty(Flagged(new Rule567(), Return(2027, Period(start: "01/06/2026", end: "01/06/2026"), Period(end: null))));

    [Fact]
    public void Rule567_PeriodEndingBeforeItStarted_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule567(), Return(2027, Period(start: "05/06/2026", end: "03/06/2026"))));

    [Fact]
    public void Rule570_PeriodStartingOn31March_Passes() =>
        Assert.Empty(Flagged(new Rule570(), Return(2027, Period(start: "31/03/2027", end: null))));

    [Fact]
    public void Rule570_PeriodStartingAfterTheCollectionYear_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule570(), Return(2027, Period(start: "01/04/2027", end: null))));

    [Theory]
    [InlineData("01/04/2026")]
    [InlineData("31/03/2027")]
    [InlineData(null)]
    public void Rule571_PeriodEndingInTheYearOrOpen_Passes(string? end) =>
        Assert.Empty(Flagged(new Rule571(), Return(2027, Period(start: "01/01/2026", end: end))));

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("01/04/2027")]
    public void Rule571_PeriodEndingOutsideTheYear_IsFlagged(string end) =>
        Assert.Equal(FirstRow, Flagged(new Rule571(), Return(2027, Period(start: "01/01/2026", end: end))));

    [Fact]
    public void Rule586_PeriodAfterBirth_Passes() => Assert.Empty(Flagged(new Rule586(), Return(2027, Period())));

    [Fact]
    public void Rule586_PeriodStartingOnTheDateOfBirth_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule586(), Return(2027, Period(start: "15/06/2012", end: null))));

    [Fact]
    public void Rule1004_ValidStartDate_Passes() => Assert.Empty(Flagged(new Rule1004(), Return(2027, Period())));

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("2026-06-01")]
    [InlineData(null)]
    public void Rule1004_StartDateInvalidOrBlank_IsFlagged(string? start) =>
        Assert.Equal(FirstRow, Flagged(new Rule1004(), Return(2027, Period(start: start))));

    [Theory]
    [InlineData("03/06/2026")]
    [InlineData(null)]
    public void Rule1005_EndDateValidOrBlank_Passes(string? end) => Assert.Empty(Flagged(new Rule1005(), Return(2027, Period(end: end))));

    [Fact]
    public void Rule1005_EndDateNotADate_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule1005(), Return(2027, Period(end: "3/6/26"))));

    [Theory]
    [InlineData("M")]
    [InlineData("A")]
    [InlineData(null)]
    public void Rule1006_MissingTypeInTheCodeSetOrBlank_Passes(string? type) =>
        Assert.Empty(Flagged(new Rule1006(), Return(2027, Period(type: type))));

    [Fact]
    public void Rule1006_MissingTypeOutsideTheCodeSet_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule1006(), Return(2027, Period(type: "AWAY"))));
}
