namespace CoParent.Core.Education;

/// <summary>
/// England's school year: an academic year runs from 1 September to 31 August, and a child's national curriculum
/// year follows their age on 31 August before it starts (4 then is Reception, 5 is Year 1, up to 17 in Year 13).
/// </summary>
public static class SchoolYear
{
    public const int Nursery = -1;
    public const int Reception = 0;

    /// <summary>The calendar year the academic year containing <paramref name="date"/> starts in (2026 for 2026-27).</summary>
    public static int AcademicYearStarting(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    public static DateOnly AcademicYearStart(int startYear) => new(startYear, 9, 1);
    public static DateOnly AcademicYearEnd(int startYear) => new(startYear + 1, 8, 31);

    /// <summary>"2026-27".</summary>
    public static string AcademicYearLabel(int startYear) => $"{startYear}-{(startYear + 1) % 100:00}";

    /// <summary>The national curriculum year for a child's age: -1 nursery, 0 Reception, 1 to 13; below -1 too young for school, above 13 past Year 13.</summary>
    public static int YearGroupFor(DateOnly dateOfBirth, DateOnly on)
    {
        var startYear = AcademicYearStarting(on);
        var ageOn31August = Children.Age.On(dateOfBirth, new DateOnly(startYear, 8, 31));
        return ageOn31August - 4;
    }

    public static string YearGroupLabel(int yearGroup) => yearGroup switch
    {
        < Nursery => "Not yet in education",
        Nursery => "Nursery",
        Reception => "Reception",
        > 13 => "Beyond Year 13",
        _ => $"Year {yearGroup}",
    };
}
