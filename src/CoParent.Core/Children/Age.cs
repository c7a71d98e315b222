namespace CoParent.Core.Children;

public static class Age
{
    /// <summary>
    /// Age in whole years on a date. A person born on 29 February is taken to reach an age on 1 March in a
    /// non-leap year (the usual reading of the Family Law Reform Act 1969, s.9: an age is reached at the start
    /// of the anniversary of the birth date), not on 28 February as DateOnly.AddYears would have it.
    /// </summary>
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        if (date < Birthday(dateOfBirth, date.Year))
        {
            age--;
        }
        return age;
    }

    /// <summary>The date in a year on which the age goes up.</summary>
    public static DateOnly Birthday(DateOnly dateOfBirth, int year) =>
        dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);

    /// <summary>The DfE's age bands for children looked after (national tables).</summary>
    public static string Band(int age) => age switch
    {
        < 1 => "Under 1",
        <= 4 => "1 to 4",
        <= 9 => "5 to 9",
        <= 15 => "10 to 15",
        _ => "16 and over",
    };

    public static readonly IReadOnlyList<string> Bands = ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over"];
}
