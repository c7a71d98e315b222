using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>Rules 102, 103, 105, 168, 171, 232, 301 and 351: each header field on its own.</summary>
public class HeaderFieldTests
{
    [Fact]
    public void ValidDateOfBirth_Passes102() =>
        Assert.Empty(Flagged(new Rule102(), Return(2027, Header())));

    [Theory]
    [InlineData("31/02/2012")]
    [InlineData("2012-06-15")]
    [InlineData(null)]
    public void DateOfBirthNotAValidDate_IsFlagged102(string? dob) =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule102(), Return(2027, Header() with { Dob = dob })));

    [Fact]
    public void KnownEthnicityCode_Passes103() =>
        Assert.Empty(Flagged(new Rule103(), Return(2027, Header() with { Ethnic = "REFU" })));

    [Theory]
    [InlineData("WHIT")]
    [InlineData(null)]
    public void EthnicityCodeUnknownOrMissing_IsFlagged103(string? ethnic) =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule103(), Return(2027, Header() with { Ethnic = ethnic })));

    [Fact]
    public void UascStatusDerivedFromTheUascTable_Passes105() =>
        Assert.Empty(Flagged(new Rule105(), Return(2027, Header(), new UascRow { Child = "C1", Dob = "15/06/2012" })));

    [Fact]
    public void UascStatusOutsideZeroOrOne_IsFlagged105() =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule105(), Return(2027, Header() with { Uasc = "2" })));

    [Theory]
    [InlineData("A123456789012")]
    [InlineData("A12345678901Z")]
    [InlineData("UN3")]
    [InlineData(null)]
    public void UpnInTheDfeFormatOrBlank_Passes168(string? upn) =>
        Assert.Empty(Flagged(new Rule168(), Return(2027, Header() with { Upn = upn })));

    [Theory]
    [InlineData("I123456789012")]
    [InlineData("A12345678901")]
    [InlineData("A1234567890AB")]
    [InlineData("UN6")]
    public void UpnNotInTheDfeFormat_IsFlagged168(string upn) =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule168(), Return(2027, Header() with { Upn = upn })));

    [Fact]
    public void FirstChildsDateOfBirthValidOrBlank_Passes171() =>
        Assert.Empty(Flagged(new Rule171(), Return(2027, Header("C1") with { McDob = "01/01/2026" }, Header("C2"))));

    [Fact]
    public void FirstChildsDateOfBirthNotAValidDate_IsFlagged171() =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule171(), Return(2027, Header(sex: "F") with { McDob = "32/01/2026" })));

    [Fact]
    public void SexUnknown_IsWarned232_AndKnownSexesPass() =>
        Assert.Equal([(ReturnTable.Header, 3)],
            Flagged(new Rule232(), Return(2027, Header("C1", sex: "M"), Header("C2", sex: "F"), Header("C3", sex: "U"))));

    [Fact]
    public void BornAfterTheYearEnded_IsFlagged301_AndBornOnTheLastDayPasses() =>
        Assert.Equal([(ReturnTable.Header, 2)],
            Flagged(new Rule301(), Return(2027, Header("C1", dob: "31/03/2027"), Header("C2", dob: "01/04/2027"))));

    [Fact]
    public void TwentyFifthBirthdayBeforeTheYearStarted_IsFlagged351_AndOnTheFirstDayPasses() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule351(), Return(2027, Header("C1", dob: "31/03/2001"), Header("C2", dob: "01/04/2001"))));
}
