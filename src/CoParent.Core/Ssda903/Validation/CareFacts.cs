using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation;

/// <summary>Facts about a child's care that many rules share, worked out the way the DfE's guide defines them.</summary>
public static class CareFacts
{
    /// <summary>Age in whole years on a date (29 February birthdays fall on 1 March).</summary>
    public static int AgeOn(DateOnly dob, DateOnly date) => Age.On(dob, date);

    /// <summary>The date of a birthday: the day the child reaches <paramref name="age"/>.</summary>
    public static DateOnly BirthdayAt(DateOnly dob, int age) => Age.Birthday(dob, dob.Year + age);

    /// <summary>An episode that is open at some point in the collection year.</summary>
    public static bool InYear(EpisodeRow episode, RuleContext context) =>
        episode.Decom.Date is { } decom && decom <= context.End && (episode.Dec.Date is not { } dec || dec >= context.Start);

    /// <summary>
    /// Looked after continuously for 12 months at 31 March (the OC2 cohort), per ssda903.md §4: the child has
    /// episodes in the year and none that (a) starts with RNE S after the collection start, (b) ends in the
    /// year with REC other than X1, or (c) is in the year under short-break legal status V3 or V4.
    /// </summary>
    public static bool ContinuouslyLookedAfter(ChildReturn child, RuleContext context)
    {
        var any = false;
        foreach (var e in child.Episodes)
        {
            if (!InYear(e, context)) continue;
            any = true;
            if (e.Rne == "S" && e.Decom.Date > context.Start) return false;
            if (e.Dec.Date is { } dec && dec <= context.End && e.Rec != "X1") return false;
            if (e.Ls is "V3" or "V4") return false;
        }
        return any;
    }

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
