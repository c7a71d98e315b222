using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

/// <summary>Rules SW01a to SW09 on each social-worker episode on its own.</summary>
public class SocialWorkerEpisodeTests
{
    private static readonly (ReturnTable, int)[] FirstRow = [(ReturnTable.SWEpisodes, 1)];

    [Theory]
    [InlineData("01/01/2023", "SW1")]
    [InlineData("01/05/2026", null)]
    public void SW01a_EpisodeWithAStartAndAnIdBefore2023_Passes(string start, string? id) =>
        Assert.Empty(Flagged(new RuleSW01aSTG1(), Return(2027, Sw(start, id: id))));

    [Theory]
    [InlineData(null, "SW1")]
    [InlineData("31/03/2023", null)]
    public void SW01a_EpisodeWithNoStartOrAnOldOneWithNoId_IsFlagged(string? start, string? id) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW01aSTG1(), Return(2027, Sw(start, id: id))));

    [Theory]
    [InlineData("01/05/2026", "SW1", "MANAGE")]
    [InlineData("01/01/2023", "SW1", null)]
    public void SW01b_EpisodeWithEverythingItNeeds_Passes(string start, string? id, string? reason) =>
        Assert.Empty(Flagged(new RuleSW01bSTG1(), Return(2027, Sw(start, id: id, reason: reason))));

    [Theory]
    [InlineData(null, "SW1", "MANAGE")]
    [InlineData("01/04/2023", null, "MANAGE")]
    [InlineData("01/05/2026", "SW1", null)]
    public void SW01b_EpisodeSince2023MissingSomething_IsFlagged(string? start, string? id, string? reason) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW01bSTG1(), Return(2027, Sw(start, id: id, reason: reason))));

    [Theory]
    [InlineData("SW123")]
    [InlineData("XX000")]
    public void SW02_IdBeginningSwOrXx_Passes(string id) => Assert.Empty(Flagged(new RuleSW02STG1(), Return(2027, Sw(id: id))));

    [Theory]
    [InlineData("AB123")]
    [InlineData("SW")]
    [InlineData(null)]
    public void SW02_IdNotBeginningSwOrXxOrTooShort_IsFlagged(string? id) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW02STG1(), Return(2027, Sw(id: id))));

    [Fact]
    public void SW04_ValidStartDate_Passes() => Assert.Empty(Flagged(new RuleSW04STG1(), Return(2027, Sw())));

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData(null)]
    public void SW04_StartDateInvalidOrBlank_IsFlagged(string? start) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW04STG1(), Return(2027, Sw(start))));

    [Theory]
    [InlineData("01/06/2026")]
    [InlineData(null)]
    public void SW05_EndDateValidOrOpen_Passes(string? end) => Assert.Empty(Flagged(new RuleSW05STG1(), Return(2027, Sw(end: end))));

    [Fact]
    public void SW05_EndDateNotADate_IsFlagged() => Assert.Equal(FirstRow, Flagged(new RuleSW05STG1(), Return(2027, Sw(end: "ZZ/ZZ/ZZZZ"))));

    [Fact]
    public void SW06_EpisodeStartingBy31March_Passes() => Assert.Empty(Flagged(new RuleSW06STG2(), Return(2027, Sw("31/03/2027"))));

    [Fact]
    public void SW06_EpisodeStartingAfterTheCollectionYear_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new RuleSW06STG2(), Return(2027, Sw("01/04/2027"))));

    [Theory]
    [InlineData("01/04/2025")]
    [InlineData("31/03/2027")]
    public void SW07_EndDateInTheReportingPeriod_Passes(string end) =>
        Assert.Empty(Flagged(new RuleSW07STG2(), Return(2027, Sw("01/01/2025", end))));

    [Theory]
    [InlineData("31/03/2025")]
    [InlineData("01/04/2027")]
    public void SW07_EndDateOutsideTheReportingPeriod_IsFlagged(string end) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW07STG2(), Return(2027, Sw("01/01/2025", end))));

    [Fact]
    public void SW09_EpisodeLastingThreeDays_Passes() => Assert.Empty(Flagged(new RuleSW09STG2(), Return(2027, Sw("01/06/2026", "04/06/2026"))));

    [Theory]
    [InlineData("03/06/2026")]
    [InlineData("01/06/2026")]
    [InlineData("30/05/2026")]
    public void SW09_EpisodeEndingWithinAFewDaysOrBeforeItBegan_IsFlagged(string end) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW09STG2(), Return(2027, Sw("01/06/2026", end))));
}
