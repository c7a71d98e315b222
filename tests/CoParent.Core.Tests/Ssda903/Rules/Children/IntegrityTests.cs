using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>
/// The internal checks: INT01 to INT09 (a row for a child not in the header), INT11 to INT18 and INT21 (DOB or
/// SEX different from the header) and INT31 to INT36 (a child twice in a one-row-per-child table).
/// </summary>
public class IntegrityTests
{
    private const string Dob = "15/06/2012";

    /// <summary>A row of each table the checks read, for child C with date of birth D.</summary>
    private static ReturnRow RowOf(ReturnTable table, string child, string dob = Dob) => table switch
    {
        ReturnTable.Header => Header(child, dob),
        ReturnTable.Episodes => Episode(child),
        ReturnTable.Uasc => new UascRow { Child = child, Dob = dob, Sex = "M" },
        ReturnTable.Reviews => new ReviewRow { Child = child, Dob = dob, Review = "01/06/2026", ReviewCode = "PN1" },
        ReturnTable.OC2 => new Oc2Row { Child = child, Dob = dob },
        ReturnTable.OC3 => new Oc3Row { Child = child, Dob = dob },
        ReturnTable.AD1 => new Ad1Row { Child = child, Dob = dob },
        ReturnTable.PlacedAdoption => new PlacedAdoptionRow { Child = child, Dob = dob },
        ReturnTable.PrevPerm => new PrevPermRow { Child = child, Dob = dob },
        ReturnTable.Missing => new MissingRow { Child = child, Dob = dob },
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    public static TheoryData<Rule, ReturnTable> NotInHeader => new()
    {
        { new RuleINT01(), ReturnTable.AD1 },
        { new RuleINT02(), ReturnTable.PlacedAdoption },
        { new RuleINT03(), ReturnTable.Episodes },
        { new RuleINT04(), ReturnTable.Missing },
        { new RuleINT05(), ReturnTable.OC2 },
        { new RuleINT06(), ReturnTable.OC3 },
        { new RuleINT07(), ReturnTable.PrevPerm },
        { new RuleINT08(), ReturnTable.Reviews },
        { new RuleINT09(), ReturnTable.Uasc },
    };

    public static TheoryData<Rule, ReturnTable> DobAsInHeader => new()
    {
        { new RuleINT11(), ReturnTable.AD1 },
        { new RuleINT12(), ReturnTable.PlacedAdoption },
        { new RuleINT13(), ReturnTable.Missing },
        { new RuleINT14(), ReturnTable.OC2 },
        { new RuleINT15(), ReturnTable.OC3 },
        { new RuleINT16(), ReturnTable.PrevPerm },
        { new RuleINT17(), ReturnTable.Reviews },
        { new RuleINT18(), ReturnTable.Uasc },
    };

    public static TheoryData<Rule, ReturnTable> OncePerChild => new()
    {
        { new RuleINT31(), ReturnTable.AD1 },
        { new RuleINT32(), ReturnTable.Header },
        { new RuleINT33(), ReturnTable.OC2 },
        { new RuleINT34(), ReturnTable.OC3 },
        { new RuleINT35(), ReturnTable.PrevPerm },
        { new RuleINT36(), ReturnTable.Uasc },
    };

    [Theory]
    [MemberData(nameof(NotInHeader))]
    public void RowsForAChildMissingFromTheHeader_AreFlagged(Rule rule, ReturnTable table) =>
        Assert.Equal([(table, 2), (table, 3)],
            Flagged(rule, Return(2027, Header("C1"), RowOf(table, "C1"), RowOf(table, "C2"), RowOf(table, "C2"))));

    [Theory]
    [MemberData(nameof(DobAsInHeader))]
    public void RowWhoseDateOfBirthDiffersFromTheHeader_IsFlagged(Rule rule, ReturnTable table) =>
        Assert.Equal([(table, 2)],
            Flagged(rule, Return(2027, Header("C1"), Header("C2"), Header("C3"),
                RowOf(table, "C1"), RowOf(table, "C2", "16/06/2012"), RowOf(table, "C3", "bad"))));

    [Theory]
    [MemberData(nameof(OncePerChild))]
    public void ChildListedTwiceInATable_HasBothRowsFlagged(Rule rule, ReturnTable table) =>
        Assert.Equal([(table, 2), (table, 3)],
            Flagged(rule, Return(2027, RowOf(table, "C1"), RowOf(table, "C2"), RowOf(table, "C2"))));

    [Fact]
    public void UascRowWhoseSexDiffersFromTheHeader_IsFlaggedINT21() =>
        Assert.Equal([(ReturnTable.Uasc, 2)],
            Flagged(new RuleINT21(), Return(2027, Header("C1"), Header("C2"), Header("C3"),
                new UascRow { Child = "C1", Sex = "M" }, new UascRow { Child = "C2", Sex = "F" }, new UascRow { Child = "C3" })));
}
