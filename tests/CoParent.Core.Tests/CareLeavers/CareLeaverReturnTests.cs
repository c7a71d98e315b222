using CoParent.Core.CareLeavers;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Tests.CareLeavers;

public class CareLeaverReturnTests
{
    private static readonly DateOnly Born = new(2007, 6, 10);

    [Fact]
    public void Derive_19thBirthdayInTheYear_TakesWhatWasInForceOnTheBirthday()
    {
        // Collection year 2027 runs 1 April 2026 to 31 March 2027; the 19th birthday is 10 June 2026.
        var activities = new[] { new Dated(new DateOnly(2025, 9, 1), "F2"), new Dated(new DateOnly(2026, 6, 11), "G5") };
        var homes = new[] { new Dated(new DateOnly(2025, 6, 10), "D1"), new Dated(new DateOnly(2026, 1, 5), "U1") };

        var row = CareLeaverReturn.Derive(Born, new CollectionYear(2027), "YES", activities, homes);

        Assert.Equal(new BirthdayFacts(new DateOnly(2026, 6, 10), 19, "YES", "F2", "U1"), row);
    }

    [Fact]
    public void Derive_NothingByTheBirthday_TakesTheFirstRecordWithinThreeMonthsAfter()
    {
        // 10 June + 91 days = 9 September 2026: a status from 1 September counts, one from 20 September does not.
        var activities = new[] { new Dated(new DateOnly(2026, 9, 1), "F5") };
        var homes = new[] { new Dated(new DateOnly(2026, 9, 20), "U1") };

        var row = CareLeaverReturn.Derive(Born, new CollectionYear(2027), "YES", activities, homes);

        Assert.Equal("F5", row!.Activity);
        Assert.Null(row.Accommodation);
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("REFU")]
    [InlineData("DIED")]
    public void Derive_NotInTouch_CodesActivityAndAccommodationAsNotKnown(string inTouch)
    {
        var row = CareLeaverReturn.Derive(Born, new CollectionYear(2027), inTouch, [new(new DateOnly(2025, 1, 1), "F2")], [new(new DateOnly(2025, 1, 1), "U1")]);

        Assert.Equal((inTouch, "0", "0"), (row!.InTouch, row.Activity, row.Accommodation));
    }

    [Theory]
    [InlineData(2024)] // 16th birthday: before the OC3 ages
    [InlineData(2030)] // 22nd birthday: after them
    public void Derive_NoBirthdayFrom17To21InTheYear_IsNull(int year) =>
        Assert.Null(CareLeaverReturn.Derive(Born, new CollectionYear(year), "YES", [], []));

    [Fact]
    public void BirthdayIn_BornOn29February_HasTheBirthdayOn1MarchInACommonYear() =>
        Assert.Equal((new DateOnly(2027, 3, 1), 19), CareLeaverReturn.BirthdayIn(new DateOnly(2008, 2, 29), new CollectionYear(2027)));
}
