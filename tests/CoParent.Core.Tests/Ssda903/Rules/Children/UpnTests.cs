using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>Rules 209, 210, 442 and 444: when a UPN or a UN code is expected.</summary>
public class UpnTests
{
    [Fact]
    public void SchoolAgeChildWithNotOfSchoolAgeCode_IsFlagged209() =>
        // 2026/27's reference date is 31/08/2025: a child 4 by then is of school age.
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule209(), Return(2027,
                Header("C1", "31/08/2021") with { Upn = "UN1" },
                Header("C2", "01/09/2021") with { Upn = "UN1" },
                Header("C3", "31/08/2021") with { Upn = "UN2" })));

    [Fact]
    public void NewlyLookedAfterCodeWithAnEpisodeFrom24March_IsFlagged210() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Episodes, 1)],
            Flagged(new Rule210(), Return(2027,
                Header("C1") with { Upn = "UN4" }, Header("C2") with { Upn = "UN4" }, Header("C3") with { Upn = "UN1" },
                Episode("C1", "24/03/2027"), Episode("C2", "23/03/2027"), Episode("C3", "30/03/2027"))));

    [Fact]
    public void LookedAfterChildWithoutUpn_IsFlagged442() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule442(), Return(2027,
                Header("C1") with { Upn = null }, Header("C2") with { Upn = null }, Header("C3") with { Upn = "UN4" }, Header("C4") with { Upn = null },
                Episode("C1"), Episode("C2", ls: "V3"), Episode("C3"))));

    [Fact]
    public void SameUpnForTwoChildren_FlagsBothHeaders444() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Header, 3), (ReturnTable.Header, 5)],
            Flagged(new Rule444(), Return(2027,
                Header("C1"), Header("C2") with { Upn = "B123456789012" }, Header("C3"), Header("C4") with { Upn = "UN1" }, Header("C5"),
                Header("C6") with { Upn = "UN1" }, Header("C7") with { Upn = null }, Header("C8") with { Upn = null })));

    [Fact]
    public void UniqueUpnsAndRepeatedUnCodes_Pass444() =>
        Assert.Empty(Flagged(new Rule444(), Return(2027,
            Header("C1"), Header("C2") with { Upn = "B123456789012" }, Header("C3") with { Upn = "UN2" }, Header("C4") with { Upn = "UN2" })));
}
