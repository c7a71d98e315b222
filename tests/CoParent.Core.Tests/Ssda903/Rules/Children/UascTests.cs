using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>Rules 104, 205A to 205D, 231, 303, 304 and 1014: unaccompanied asylum-seeking children.</summary>
public class UascTests
{
    private const string Dob = "20/07/2009";

    private static HeaderRow Child(string child = "C1") => Header(child, Dob);

    private static UascRow Uasc(string child = "C1", string? duc = null) => new() { Child = child, Sex = "M", Dob = Dob, Duc = duc };

    [Fact]
    public void DateUascCeasedValidInTheYear_Passes104() =>
        Assert.Empty(Flagged(new Rule104(), Return(2027, Uasc("C1", "20/07/2026"), Uasc("C2"))));

    [Fact]
    public void DateUascCeasedInvalidOrBeforeTheYear_IsFlagged104() =>
        Assert.Equal([(ReturnTable.Uasc, 1), (ReturnTable.Uasc, 2)],
            Flagged(new Rule104(), Return(2027, Uasc("C1", "40/07/2026"), Uasc("C2", "31/03/2026"))));

    [Fact]
    public void UascLastYearButNotNow_WithoutCessationLastYear_IsFlagged205A() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule205A(), Return(2027, Child("C1"), Child("C2")),
                Return(2026, Child("C1"), Child("C2"), Uasc("C1"), Uasc("C2", "20/07/2025"))));

    [Fact]
    public void UascInBothYearsWithLastYearsCessationNotThe18thBirthday_IsFlagged205B() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Uasc, 1)],
            Flagged(new Rule205B(), Return(2027, Child("C1"), Child("C2"), Uasc("C1", "01/01/2027"), Uasc("C2", "20/07/2027")),
                Return(2026, Child("C1"), Child("C2"), Uasc("C1", "01/01/2026"), Uasc("C2", "20/07/2027"))));

    [Fact]
    public void UascInBothYearsStillUascWithoutCessation_Passes205B() =>
        Assert.Empty(Flagged(new Rule205B(), Return(2027, Child(), Uasc()), Return(2026, Child(), Uasc())));

    [Fact]
    public void NotUascInEitherYearButCessationGivenLastYear_IsFlagged205C() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule205C(), Return(2027, Child("C1"), Child("C2")),
                Return(2026, Child("C1") with { Uasc = "0" }, Child("C2"), Uasc("C1", "20/07/2025"))));

    [Fact]
    public void UascThisYearButNotLastYear_IsFlagged205D_AndAChildNewThisYearPasses() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule205D(), Return(2027, Child("C1"), Child("C2"), Child("C3"), Uasc("C1"), Uasc("C2"), Uasc("C3")),
                Return(2026, Child("C1"), Child("C2"), Uasc("C2"))));

    [Fact]
    public void LastYearsReturnWithoutItsUascTable_Passes205D()
    {
        var lastYear = new Ssda903Return(new CollectionYear(2026));
        lastYear.Add(Child("C1") with { Row = 1 });

        Assert.Empty(Flagged(new Rule205D(), Return(2027, Child("C1"), Uasc("C1")), lastYear));
    }

    [Fact]
    public void UascChildUnderElevenAtTheYearEnd_IsWarned231() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule231(), Return(2027, Header("C1", "01/04/2016"), Header("C2", "31/03/2016"), Header("C3", "01/04/2016"),
                Uasc("C1"), Uasc("C2"))));

    [Fact]
    public void CessationGivenForAChildNotUasc_IsFlagged303() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Uasc, 1)],
            Flagged(new Rule303(), Return(2027, Child("C1") with { Uasc = "0" }, Child("C2"), Uasc("C1", "20/07/2026"), Uasc("C2", "20/07/2026"))));

    [Fact]
    public void CessationAfterThe18thBirthday_IsFlagged304_AndOnItPasses() =>
        Assert.Equal([(ReturnTable.Uasc, 1)],
            Flagged(new Rule304(), Return(2027, Uasc("C1", "21/07/2027"), Uasc("C2", "20/07/2027"))));

    [Fact]
    public void UascCareLeaverNotLookedAfterInTheYear_IsFlagged1014() =>
        Assert.Equal([(ReturnTable.Uasc, 1), (ReturnTable.OC3, 1)],
            Flagged(new Rule1014(), Return(2027, Uasc("C1"), Uasc("C2"),
                new Oc3Row { Child = "C1", Dob = Dob, InTouch = "YES" }, new Oc3Row { Child = "C2", Dob = Dob, InTouch = "YES" },
                Episode("C1", decom: "01/01/2025", dec: "01/02/2026"), Episode("C2"))));
}
