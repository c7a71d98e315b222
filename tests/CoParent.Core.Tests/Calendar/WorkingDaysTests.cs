using CoParent.Core.Calendar;

namespace CoParent.Core.Tests.Calendar;

public class WorkingDaysTests
{
    // England and Wales bank holidays as gov.uk lists them.
    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-04-18")] // Good Friday
    [InlineData("2025-04-21")] // Easter Monday
    [InlineData("2025-05-05")]
    [InlineData("2025-05-26")]
    [InlineData("2025-08-25")]
    [InlineData("2025-12-25")]
    [InlineData("2025-12-26")]
    [InlineData("2026-04-03")]
    [InlineData("2026-04-06")]
    [InlineData("2026-12-28")] // Boxing Day 2026 is a Saturday: substitute Monday 28th
    [InlineData("2022-01-03")] // New Year's Day 2022 was a Saturday
    [InlineData("2022-06-02")] // spring bank holiday moved for the jubilee
    [InlineData("2022-06-03")]
    [InlineData("2022-09-19")]
    [InlineData("2022-12-27")] // Christmas 2022 was a Sunday: Boxing Day Monday, substitute Tuesday
    [InlineData("2023-05-08")]
    [InlineData("2020-05-08")]
    public void IsBankHoliday_GovUkBankHoliday_IsTrue(string date) =>
        Assert.True(WorkingDays.IsBankHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2022-05-30")] // moved to 2 June that year
    [InlineData("2020-05-04")] // moved to 8 May that year
    [InlineData("2026-11-23")]
    public void IsBankHoliday_OrdinaryDay_IsFalse(string date) =>
        Assert.False(WorkingDays.IsBankHoliday(DateOnly.Parse(date)));

    [Fact]
    public void Add_TwentyWorkingDaysOverEaster_SkipsWeekendsAndBankHolidays()
    {
        // Wednesday 25 March 2026 + 20 working days: 26, 27, 30, 31 Mar, 1, 2 Apr (6); Good Friday 3 Apr and
        // Easter Monday 6 Apr skipped; 7-10 Apr (10), 13-17 (15), 20-24 Apr (20) → Friday 24 April.
        Assert.Equal(new DateOnly(2026, 4, 24), WorkingDays.Add(new DateOnly(2026, 3, 25), 20));
    }

    [Fact]
    public void Between_AWeek_CountsFiveWorkingDays() =>
        Assert.Equal(5, WorkingDays.Between(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 27)));
}
