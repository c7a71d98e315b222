using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>Rules 202, 203, 204, 207, 208, 624 and 626: the header compared with last year's return.</summary>
public class LastYearTests
{
    private static Ssda903Return LastYear(params ReturnRow[] rows) => Return(2026, rows);

    [Fact]
    public void SexChangedSinceLastYear_IsFlagged202_AndAChildNewThisYearPasses() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule202(), Return(2027, Header("C1", sex: "F"), Header("C2"), Header("C3")), LastYear(Header("C1"), Header("C2"))));

    [Fact]
    public void DateOfBirthChangedSinceLastYear_IsFlagged203() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule203(), Return(2027, Header("C1", dob: "16/06/2012"), Header("C2"), Header("C3", dob: "bad")),
                LastYear(Header("C1"), Header("C2"), Header("C3"))));

    [Fact]
    public void EthnicityChangedSinceLastYear_IsFlagged204() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule204(), Return(2027, Header("C1") with { Ethnic = "WIRI" }, Header("C2")), LastYear(Header("C1"), Header("C2"))));

    [Fact]
    public void MotherLastYearButNotNowWhileLookedAfter_IsFlagged207() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule207(), Return(2027,
                    Header("C1", sex: "F") with { Mother = "0" }, Header("C2", sex: "F") with { Mother = "1" }, Header("C3", sex: "F") with { Mother = "0" },
                    Episode("C1"), Episode("C2")),
                LastYear(Header("C1", sex: "F") with { Mother = "1" }, Header("C2", sex: "F") with { Mother = "1" }, Header("C3", sex: "F") with { Mother = "1" })));

    [Fact]
    public void UpnChangedFromOneKnownUpnToAnother_IsFlagged208() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Header, 4)],
            Flagged(new Rule208(), Return(2027,
                    Header("C1") with { Upn = "B123456789012" },
                    Header("C2") with { Upn = "A123456789012" },
                    Header("C3") with { Upn = "UN2" },
                    Header("C4") with { Upn = "UN1" }),
                LastYear(
                    Header("C1"),
                    Header("C2") with { Upn = "UN4" },
                    Header("C3") with { Upn = "UN1" },
                    Header("C4") with { Upn = "UN3" })));

    [Fact]
    public void FirstChildsDateOfBirthChangedSinceLastYear_IsFlagged624() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Header, 2)],
            Flagged(new Rule624(), Return(2027,
                    Header("C1", sex: "F") with { McDob = "02/01/2025" }, Header("C2", sex: "F"), Header("C3", sex: "F") with { McDob = "01/01/2025" },
                    Header("C4", sex: "F") with { McDob = "01/01/2026" }),
                LastYear(Header("C1", sex: "F") with { McDob = "01/01/2025" }, Header("C2", sex: "F") with { McDob = "01/01/2025" },
                    Header("C3", sex: "F") with { McDob = "01/01/2025" }, Header("C4", sex: "F"))));

    [Fact]
    public void NewMotherWhoseFirstChildWasBornBeforeTheYear_IsFlagged626() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule626(), Return(2027,
                    Header("C1", sex: "F") with { Mother = "1", McDob = "31/03/2026" }, Header("C2", sex: "F") with { Mother = "1", McDob = "01/04/2026" }),
                LastYear(Header("C1", sex: "F") with { Mother = "0" }, Header("C2", sex: "F") with { Mother = "0" })));
}
