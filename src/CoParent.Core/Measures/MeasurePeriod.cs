using System.Globalization;

namespace CoParent.Core.Measures;

/// <summary>
/// The days a measure counts over, both ends included: a quarter, a year to 31 March (the DfE's collection
/// year and the council's financial year) or any range a reader picks.
/// </summary>
public readonly record struct MeasurePeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Whether something running from <paramref name="start"/> to <paramref name="end"/> (null: still going) touches the period.</summary>
    public bool Overlaps(DateOnly start, DateOnly? end) => start <= To && (end is null || end >= From);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The year 1 April to 31 March that ends in <paramref name="endYear"/>: 2026 is 1 April 2025 to 31 March 2026.</summary>
    public static MeasurePeriod YearToMarch(int endYear) => new(new DateOnly(endYear - 1, 4, 1), new DateOnly(endYear, 3, 31));

    /// <summary>The April-to-March year containing the date.</summary>
    public static MeasurePeriod YearToMarchContaining(DateOnly date) => YearToMarch(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>The calendar quarter (January-March, April-June...) containing the date.</summary>
    public static MeasurePeriod QuarterContaining(DateOnly date)
    {
        var first = new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
        return new MeasurePeriod(first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The same length of period just before this one: the previous quarter or year when this is one.</summary>
    public MeasurePeriod Previous()
    {
        var months = (To.AddDays(1).Year - From.Year) * 12 + To.AddDays(1).Month - From.Month;
        var wholeMonths = From.Day == 1 && To.AddDays(1).Day == 1;
        return wholeMonths
            ? new MeasurePeriod(From.AddMonths(-months), From.AddDays(-1))
            : new MeasurePeriod(From.AddDays(-Days), From.AddDays(-1));
    }

    public override string ToString() =>
        $"{From.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} to {To.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";
}
