using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 375 to 377 and 379 to 383: temporary placements (T0 to T4) are short, come between usual placements and return to them.</summary>
public class TemporaryPlacementTests
{
    private static readonly (ReturnTable, int)[] None = [];
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    public static TheoryData<Rule, string, int> MaximumStays => new()
    {
        { new Rule375(), "T1", 42 },
        { new Rule376(), "T3", 21 },
        { new Rule379(), "T4", 7 },
    };

    [Theory]
    [MemberData(nameof(MaximumStays))]
    public void TemporaryPlacementOneDayTooLong_IsFlagged(Rule rule, string place, int days)
    {
        var dec = new DateOnly(2026, 5, 1).AddDays(days + 1).ToString("dd/MM/yyyy");

        Assert.Equal(FirstEpisode, Flagged(rule, Return(2027, Header(), Episode(decom: "01/05/2026", dec: dec, rne: "P", place: place))));
    }

    [Theory]
    [MemberData(nameof(MaximumStays))]
    public void TemporaryPlacementOfTheMaximumLength_Passes(Rule rule, string place, int days)
    {
        var dec = new DateOnly(2026, 5, 1).AddDays(days).ToString("dd/MM/yyyy");

        Assert.Empty(Flagged(rule, Return(2027, Header(), Episode(decom: "01/05/2026", dec: dec, rne: "P", place: place))));
    }

    [Fact]
    public void ThreeCarerHolidaysWithin12Months_AreAllFlaggedBy377()
    {
        var current = Return(2027,
            Episode(decom: "01/05/2026", place: "T3"),
            Episode(decom: "01/08/2026", place: "U4"),
            Episode(decom: "01/09/2026", place: "T3"),
            Episode(decom: "01/03/2027", place: "T3"),
            Episode("C2", decom: "01/05/2026", place: "T3"),
            Episode("C2", decom: "01/06/2026", place: "T3"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 3), (ReturnTable.Episodes, 4)], Flagged(new Rule377(), current));
    }

    [Fact]
    public void ThreeCarerHolidaysSpreadOverMoreThan12Months_PassRule377() =>
        Assert.Empty(Flagged(new Rule377(), Return(2027,
            Episode(decom: "01/03/2026", place: "T3"),
            Episode(decom: "01/09/2026", place: "T3"),
            Episode(decom: "01/03/2027", place: "T3"))));

    [Theory]
    [InlineData("T2", "S", true)]
    [InlineData("T0", "L", true)]
    [InlineData("T1", "P", false)]
    [InlineData("T4", "B", false)]
    [InlineData("U4", "S", false)]
    public void TemporaryPlacementStartingAPeriodOfCare_IsFlaggedBy380(string place, string rne, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : None, Flagged(new Rule380(), Return(2027, Episode(rne: rne, place: place))));

    [Theory]
    [InlineData("T3", "E8", true)]
    [InlineData("T3", "X1", false)]
    [InlineData("U4", "E8", false)]
    public void TemporaryPlacementEndingThePeriodOfCare_IsFlaggedBy381(string place, string rec, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : None, Flagged(new Rule381(), Return(2027, Episode(dec: "01/06/2026", rne: "P", place: place) with { Rec = rec })));

    [Fact]
    public void OpenTemporaryPlacement_IsNotFlaggedBy381() =>
        Assert.Empty(Flagged(new Rule381(), Return(2027, Episode(rne: "P", place: "T3"))));

    [Fact]
    public void NotReturningToTheUsualPlacementAfterATemporaryOne_IsFlaggedBy383()
    {
        var current = Return(2027,
            Episode(decom: "01/05/2026", dec: "01/06/2026", place: "U4") with { Rec = "X1" },
            Episode(decom: "01/06/2026", dec: "08/06/2026", rne: "P", place: "T3") with { Rec = "X1" },
            Episode(decom: "08/06/2026", dec: "01/07/2026", rne: "P", place: "U4") with { Rec = "X1", PlPost = "cm20aa" },
            Episode(decom: "01/07/2026", dec: "05/07/2026", rne: "P", place: "T1") with { Rec = "X1" },
            Episode(decom: "05/07/2026", rne: "P", place: "U4") with { PlPost = "CM9 9ZZ" });

        Assert.Equal([(ReturnTable.Episodes, 5)], Flagged(new Rule383(), current));
    }

    [Theory]
    [InlineData("T", "U4")]
    [InlineData("P", "U6")]
    public void ReturnWithAnotherReasonOrPlacementType_IsFlaggedBy383(string rne, string place)
    {
        var current = Return(2027,
            Episode(decom: "01/05/2026", dec: "01/06/2026", place: "U4") with { Rec = "X1" },
            Episode(decom: "01/06/2026", dec: "08/06/2026", rne: "P", place: "T3") with { Rec = "X1" },
            Episode(decom: "08/06/2026", rne: rne, place: place));

        Assert.Equal([(ReturnTable.Episodes, 3)], Flagged(new Rule383(), current));
    }
}
