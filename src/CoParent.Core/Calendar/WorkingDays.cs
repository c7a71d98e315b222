namespace CoParent.Core.Calendar;

/// <summary>
/// Working days in England: Monday to Friday, less the bank holidays of England and Wales. Statutory timescales
/// are set in working days (the first review within 20 working days of a child coming into care, Care Planning,
/// Placement and Case Review (England) Regulations 2010 reg 33; the initial health assessment in time for it).
/// The fixed-rule holidays are worked out; the one-off changes since 2020 are listed.
/// </summary>
public static class WorkingDays
{
    /// <summary>One-off bank holidays (jubilees, a state funeral, the coronation).</summary>
    private static readonly HashSet<DateOnly> Extra =
    [
        new(2022, 6, 3), new(2022, 9, 19), new(2023, 5, 8),
    ];

    /// <summary>Usual bank holidays that were moved in those years, so are not holidays on their usual day.</summary>
    private static readonly HashSet<DateOnly> Moved = [new(2020, 5, 4), new(2022, 5, 30)];

    /// <summary>Where they were moved to.</summary>
    private static readonly HashSet<DateOnly> MovedTo = [new(2020, 5, 8), new(2022, 6, 2)];

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    public static bool IsBankHoliday(DateOnly date)
    {
        if (Extra.Contains(date) || MovedTo.Contains(date)) return true;
        if (Moved.Contains(date)) return false;
        var year = date.Year;
        var easter = EasterSunday(year);
        return date == Substitute(new DateOnly(year, 1, 1))
            || date == easter.AddDays(-2)
            || date == easter.AddDays(1)
            || date == FirstMonday(year, 5)
            || date == LastMonday(year, 5)
            || date == LastMonday(year, 8)
            || ChristmasHolidays(year).Contains(date);
    }

    /// <summary>The date <paramref name="count"/> working days after <paramref name="start"/> (the start day not counted).</summary>
    public static DateOnly Add(DateOnly start, int count)
    {
        var date = start;
        while (count > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) count--;
        }
        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when to is not later.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }
        return count;
    }

    private static DateOnly Substitute(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    /// <summary>Christmas Day and Boxing Day, each moved to the next weekday free when it falls at a weekend.</summary>
    private static DateOnly[] ChristmasHolidays(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => [christmas, new DateOnly(year, 12, 28)],
            DayOfWeek.Saturday => [new DateOnly(year, 12, 27), new DateOnly(year, 12, 28)],
            DayOfWeek.Sunday => [new DateOnly(year, 12, 26), new DateOnly(year, 12, 27)],
            _ => [christmas, new DateOnly(year, 12, 26)],
        };
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(1);
        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(-1);
        return date;
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
