using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.CareLeavers;

/// <summary>One dated entry of a history: an ACTIV or ACCOM code in force from a date.</summary>
public readonly record struct Dated(DateOnly From, string Code);

/// <summary>How a care leaver was doing around one birthday: what an OC3 row says.</summary>
public sealed record BirthdayFacts(DateOnly Birthday, int Age, string InTouch, string? Activity, string? Accommodation)
{
    public bool IsInTouch => InTouch == "YES";
    public bool IsEet => IsInTouch && CareLeaverCodes.IsEet(Activity);
    public bool IsSuitablyHoused => IsInTouch && CareLeaverCodes.IsSuitable(Accommodation);
}

/// <summary>
/// A care leaver's OC3 row, worked out from what their personal adviser recorded. The DfE asks about the young
/// person's activity and accommodation on or around their 17th to 21st birthday in the collection year; we take
/// what was in force on the birthday, or failing that the first thing recorded in the three months after it.
/// </summary>
public static class CareLeaverReturn
{
    public const int FirstAge = 17;
    public const int LastAge = 21;
    public const int AroundDays = 91;

    /// <summary>The birthday from the 17th to the 21st that falls in the collection year, if one does.</summary>
    public static (DateOnly Birthday, int Age)? BirthdayIn(DateOnly dateOfBirth, CollectionYear year)
    {
        foreach (var calendarYear in new[] { year.Start.Year, year.End.Year })
        {
            var birthday = Age.Birthday(dateOfBirth, calendarYear);
            var age = calendarYear - dateOfBirth.Year;
            if (birthday >= year.Start && birthday <= year.End && age is >= FirstAge and <= LastAge) return (birthday, age);
        }
        return null;
    }

    /// <summary>The year's OC3 facts, or null when no 17th to 21st birthday falls in the year.</summary>
    public static BirthdayFacts? Derive(
        DateOnly dateOfBirth, CollectionYear year, string? inTouch, IEnumerable<Dated> activities, IEnumerable<Dated> accommodation) =>
        BirthdayIn(dateOfBirth, year) is { } b ? AtBirthday(b.Birthday, b.Age, inTouch, activities, accommodation) : null;

    /// <summary>
    /// The facts around a birthday. Not in touch, refused, no longer needing services: activity and accommodation
    /// are not known (0), as the return codes them; the same for those who died or went home (rule 344).
    /// </summary>
    public static BirthdayFacts AtBirthday(DateOnly birthday, int age, string? inTouch, IEnumerable<Dated> activities, IEnumerable<Dated> accommodation)
    {
        var touch = inTouch ?? "YES";
        if (touch != "YES") return new BirthdayFacts(birthday, age, touch, "0", "0");
        return new BirthdayFacts(birthday, age, touch, Around(activities, birthday), Around(accommodation, birthday));
    }

    /// <summary>The code in force on the date; if nothing was recorded by then, the first recorded within three months after.</summary>
    public static string? Around(IEnumerable<Dated> history, DateOnly date)
    {
        var list = history as IReadOnlyCollection<Dated> ?? history.ToList();
        var inForce = InForce(list, date);
        if (inForce is not null) return inForce;
        return list.Where(h => h.From > date && h.From <= date.AddDays(AroundDays)).OrderBy(h => h.From).Select(h => (string?)h.Code).FirstOrDefault();
    }

    /// <summary>The code in force on the date: the latest entry from on or before it.</summary>
    public static string? InForce(IEnumerable<Dated> history, DateOnly date) =>
        history.Where(h => h.From <= date).OrderByDescending(h => h.From).Select(h => (string?)h.Code).FirstOrDefault();
}
