using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Measures;

namespace CoParent.Core.Tests.CareLeavers;

/// <summary>
/// One hand-worked year, 1 April 2026 to 31 March 2027, with ten young people:
/// <list type="bullet">
/// <item>19-21: A (19th birthday 10 Jun 2026: F2, U1), B (21st 15 Jan 2027: G5 seeking work, B2), C (21st 1 Sep 2026: not in touch),
/// D (20th 1 Dec 2026: nothing on the day, F5 from 15 Jan 2027 and Y1 from 20 Dec 2026, both within three months after), E (died: left out).
/// EET = A, D = 2 of 4 = 50%; suitable = A, D = 2 of 4 = 50%.</item>
/// <item>17-18: F (18th 1 Jul 2026, fostered, left care to Staying Put: Z1, F2 from 1 Sep), G (18th 1 Oct 2026, fostered, left: D1,
/// nothing recorded about activity). H is 17 but still in care, so not a care leaver. EET = F = 1 of 2 = 50%; suitable = F, G = 2 of 2 = 100%.</item>
/// <item>Staying Put: F and G were fostered the day before their 18th birthday; F stayed: 1 of 2 = 50%.</item>
/// <item>22-25: I (23rd 1 Aug 2026: P5 with the council, U1) = 1 of 1 = 100% EET and suitable; employed by the council = I = 1.</item>
/// <item>Seeking work on 31 March 2027, 18-25: B = 1.</item>
/// <item>16 and 17 in care on 31 March 2027: H (17, F2) and J (16, nothing recorded): 1 of 2 = 50%.</item>
/// </list>
/// </summary>
public class CareLeaverMeasuresTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2027);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static EducationEmploymentStatus Status(DateOnly from, string activity, bool? seeking = null, bool? council = null) =>
        new() { From = from, Activity = activity, ActivelySeekingWork = seeking, EmployedByCouncil = council };

    private static AccommodationRecord Home(DateOnly from, string code) => new() { From = from, Code = code };

    /// <summary>Fostered from the 14th birthday until the 18th, leaving for the reason given.</summary>
    private static CareSpell[] Fostered(DateOnly dob, string rec = "E4A") =>
        [new CareSpell(Age.Birthday(dob, dob.Year + 14), Age.Birthday(dob, dob.Year + 18), "U4", "C2", rec)];

    private static CareLeaverFacts Person(int id, DateOnly dob, string? inTouch = "YES", EducationEmploymentStatus[]? statuses = null,
        AccommodationRecord[]? homes = null, CareSpell[]? care = null) =>
        new(id, dob, inTouch, statuses ?? [], homes ?? [], care ?? Fostered(dob));

    private static readonly CareLeaverFacts[] People =
    [
        Person(1, D(2007, 6, 10), statuses: [Status(D(2025, 9, 1), "F2")], homes: [Home(D(2025, 6, 10), "U1")]),
        Person(2, D(2006, 1, 15), statuses: [Status(D(2026, 5, 1), "G5", seeking: true)], homes: [Home(D(2026, 1, 1), "B2")]),
        Person(3, D(2005, 9, 1), inTouch: "NO"),
        Person(4, D(2006, 12, 1), statuses: [Status(D(2027, 1, 15), "F5", council: false)], homes: [Home(D(2026, 12, 20), "Y1")]),
        Person(5, D(2005, 11, 1), inTouch: "DIED"),
        Person(6, D(2008, 7, 1), statuses: [Status(D(2026, 9, 1), "F2")], homes: [Home(D(2026, 7, 1), "Z1")], care: Fostered(D(2008, 7, 1), "E17")),
        Person(7, D(2008, 10, 1), homes: [Home(D(2026, 10, 1), "D1")]),
        Person(8, D(2009, 5, 1), statuses: [Status(D(2025, 9, 1), "F2")], care: [new CareSpell(D(2023, 5, 1), null, "K2", "C2", null)]),
        Person(9, D(2003, 8, 1), statuses: [Status(D(2025, 1, 1), "P5", council: true)], homes: [Home(D(2021, 8, 1), "U1")]),
        Person(10, D(2010, 6, 1), care: [new CareSpell(D(2024, 2, 1), null, "U4", "C2", null)]),
    ];

    private static MeasureResult Measure(string id) => CareLeaverMeasures.Calculate(People, Year).Single(m => m.Id == id);

    [Theory]
    [InlineData("leaving-care.eet.19-21", 2, 4, 50.0)]
    [InlineData("leaving-care.suitable-accommodation.19-21", 2, 4, 50.0)]
    [InlineData("leaving-care.eet.17-18", 1, 2, 50.0)]
    [InlineData("leaving-care.suitable-accommodation.17-18", 2, 2, 100.0)]
    [InlineData("leaving-care.eet.22-25", 1, 1, 100.0)]
    [InlineData("leaving-care.suitable-accommodation.22-25", 1, 1, 100.0)]
    [InlineData("leaving-care.staying-put", 1, 2, 50.0)]
    [InlineData("leaving-care.eet.16-17-in-care", 1, 2, 50.0)]
    public void Percentages_ForTheHandWorkedYear_AreAsWorkedOut(string id, int numerator, int denominator, double percent)
    {
        var measure = Measure(id);

        Assert.Equal((numerator, denominator, (decimal)percent), (measure.Numerator, measure.Denominator, measure.Value!.Value));
    }

    [Fact]
    public void Eet19To21_CountsThoseNotInTouchButNotThoseWhoDied()
    {
        var measure = Measure("leaving-care.eet.19-21");

        Assert.Equal([1, 4], measure.ChildIds.Order());
        Assert.Equal(4, measure.Denominator); // A, B, C (not in touch) and D; E died
    }

    [Theory]
    [InlineData("leaving-care.seeking-employment", 2)]
    [InlineData("leaving-care.employed-by-council", 9)]
    public void Counts_OnThePeriodsLastDay_AreTheOnePersonWorkedOut(string id, int childId)
    {
        var measure = Measure(id);

        Assert.Equal(MeasureUnits.Children, measure.Unit);
        Assert.Equal([childId], measure.ChildIds);
    }

    [Fact]
    public void Calculate_NobodyInThePeriod_GivesNoPercentages() =>
        Assert.All(CareLeaverMeasures.Calculate([], Year).Where(m => m.Unit == MeasureUnits.Percent), m => Assert.Null(m.Value));
}
