namespace CoParent.Core.Children;

public static class Age
{
    /// <summary>Age in whole years on a date (a child born on 29 February turns a year older on 1 March in non-leap years).</summary>
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        if (date < dateOfBirth.AddYears(age))
        {
            age--;
        }
        return age;
    }

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
