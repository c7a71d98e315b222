using CoParent.Core.Calendar;
using CoParent.Core.Children;

namespace CoParent.Core.Education;

/// <summary>
/// A change of school: the child left one school and started at another (or had none on one side). Kept so the
/// Virtual School can see how often children in care change school, how many moves follow a placement move, how
/// many happen mid-year, and how long a child goes without a school place.
/// </summary>
public class EducationMove
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int? FromSchoolId { get; set; }
    public School? FromSchool { get; set; }
    public int ToSchoolId { get; set; }
    public School? ToSchool { get; set; }

    /// <summary>The last day on the old school's roll; null when the child had no school before.</summary>
    public DateOnly? LeftOn { get; set; }
    public DateOnly StartedOn { get; set; }

    /// <summary>Whether the move followed a change of placement (pre-ticked when a placement began in the 30 days before).</summary>
    public bool CausedByPlacementMove { get; set; }

    /// <summary>Not at the start of an academic year (see <see cref="EducationMoves.IsMidYear"/>); stored for the measures.</summary>
    public bool MidYear { get; set; }

    /// <summary>School days between leaving one school and starting the next (see <see cref="EducationMoves.DaysOutOfEducation"/>).</summary>
    public int DaysOutOfEducation { get; set; }
}

public static class EducationMoves
{
    /// <summary>A placement that began this many days or fewer before the new school start is taken to have caused the move.</summary>
    public const int PlacementMoveWindowDays = 30;

    /// <summary>
    /// A move is at the start of an academic year when the child left in the summer holiday or the first week of
    /// September (schools start on different days that week) and began by then; any other move is mid-year. The
    /// summer holiday is taken as from 21 July, the usual end of the summer term in England.
    /// </summary>
    public static bool IsMidYear(DateOnly? leftOn, DateOnly startedOn)
    {
        var left = leftOn ?? startedOn;
        var holidayStarts = new DateOnly(left.Year, 7, 21);
        var firstWeekEnds = new DateOnly(left.Year, 9, 7);
        var leftAtYearEnd = left >= holidayStarts && left <= firstWeekEnds;
        return !(leftAtYearEnd && startedOn <= firstWeekEnds);
    }

    /// <summary>School days (working days; holidays at schools vary, so bank holidays and weekends only) after leaving and before starting.</summary>
    public static int DaysOutOfEducation(DateOnly? leftOn, DateOnly startedOn) =>
        leftOn is { } left && startedOn > left.AddDays(1) ? WorkingDays.Between(left, startedOn.AddDays(-1)) : 0;

    /// <summary>Whether a placement that began on one of <paramref name="placementStarts"/> falls in the 30 days before the start at the new school.</summary>
    public static bool FollowsPlacementMove(IEnumerable<DateOnly> placementStarts, DateOnly startedOn) =>
        placementStarts.Any(p => p <= startedOn && p >= startedOn.AddDays(-PlacementMoveWindowDays));

    public static EducationMove Create(int childId, int? fromSchoolId, int toSchoolId, DateOnly? leftOn, DateOnly startedOn, bool causedByPlacementMove) => new()
    {
        ChildId = childId,
        FromSchoolId = fromSchoolId,
        ToSchoolId = toSchoolId,
        LeftOn = leftOn,
        StartedOn = startedOn,
        CausedByPlacementMove = causedByPlacementMove,
        MidYear = IsMidYear(leftOn, startedOn),
        DaysOutOfEducation = DaysOutOfEducation(leftOn, startedOn),
    };
}
