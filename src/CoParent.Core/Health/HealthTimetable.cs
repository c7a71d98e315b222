using CoParent.Core.Calendar;
using CoParent.Core.Children;
using CoParent.Core.Measures;

namespace CoParent.Core.Health;

public enum HealthDueKind
{
    InitialAssessment,
    ReviewAssessment,
    DentalCheck,
    Sdq,
}

/// <summary>Something health-related due for a child in care, and by when.</summary>
public sealed record HealthDue(HealthDueKind Kind, DateOnly DueBy)
{
    public bool IsOverdueOn(DateOnly date) => date > DueBy;

    public string What => Kind switch
    {
        HealthDueKind.InitialAssessment => "Initial health assessment",
        HealthDueKind.ReviewAssessment => "Review health assessment",
        HealthDueKind.DentalCheck => "Dental check",
        _ => "Strengths and Difficulties Questionnaire",
    };
}

public enum SdqBand
{
    Normal,
    Borderline,
    CauseForConcern,
}

/// <summary>
/// The statutory health timetable for a child in care (DfE and DHSC, Promoting the health and well-being of
/// looked-after children, 2015; measures.md §5).
/// </summary>
public static class HealthTimetable
{
    /// <summary>The initial assessment is due in time to inform the first review: 20 working days from the start of care.</summary>
    public const int InitialWorkingDays = 20;

    /// <summary>
    /// The DfE's bands for a carer-completed total difficulties score (measures.md §5): 0-13 normal, 14-16 borderline,
    /// 17-40 cause for concern. Teacher and self-report versions have other cut-offs, so they are not banded.
    /// </summary>
    public static SdqBand Band(int score) => score switch
    {
        < 0 or > 40 => throw new ArgumentOutOfRangeException(nameof(score), "A total difficulties score is 0 to 40."),
        <= 13 => SdqBand.Normal,
        <= 16 => SdqBand.Borderline,
        _ => SdqBand.CauseForConcern,
    };

    public static string Describe(SdqBand band) => band switch
    {
        SdqBand.Normal => "Normal",
        SdqBand.Borderline => "Borderline",
        _ => "Cause for concern",
    };

    /// <summary>
    /// The start of the period of care open on the date: the latest episode starting with RNE S (started to be looked
    /// after) on or before it. Null when the child is not in care on the date.
    /// </summary>
    public static DateOnly? PeriodOfCareStart(IReadOnlyList<EpisodeFacts> episodes, DateOnly date)
    {
        if (!episodes.Any(e => e.IsOpenOn(date))) return null;
        DateOnly? start = null;
        foreach (var e in episodes)
        {
            if (e.Rne == "S" && e.Decom <= date && (start is null || e.Decom > start)) start = e.Decom;
        }
        return start ?? CareHistory.PeriodOfCareStart(episodes, date);
    }

    /// <summary>
    /// What is due for a child in care on <paramref name="date"/>, soonest first; nothing when not in care.
    /// <list type="bullet">
    /// <item>Initial assessment: within 20 working days of the period of care starting, until one is held in the period.</item>
    /// <item>Review assessment: 6 months after the last one for a child under 5 when it was held, 12 months from 5.</item>
    /// <item>Dental check: 12 months after the last (or after care started), the yardstick of the DfE's measure.</item>
    /// <item>SDQ: yearly for ages 5 to 16 once in care 12 months, from the last carer-completed one.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<HealthDue> WhatIsDue(ChildHealth child, DateOnly date)
    {
        var due = new List<HealthDue>();
        if (PeriodOfCareStart(child.Episodes, date) is not { } start) return due;

        var last = child.Assessments.Where(a => a.HeldOn >= start && a.HeldOn <= date).MaxBy(a => a.HeldOn);
        if (last is null)
        {
            due.Add(new HealthDue(HealthDueKind.InitialAssessment, WorkingDays.Add(start, InitialWorkingDays)));
        }
        else
        {
            due.Add(new HealthDue(HealthDueKind.ReviewAssessment, NextReview(child.DateOfBirth, last.HeldOn)));
        }

        var lastDental = child.DentalChecks.Where(d => d >= start && d <= date).DefaultIfEmpty(start).Max();
        due.Add(new HealthDue(HealthDueKind.DentalCheck, lastDental.AddYears(1)));

        if (SdqDue(child, start, date) is { } sdq) due.Add(new HealthDue(HealthDueKind.Sdq, sdq));
        return due.OrderBy(d => d.DueBy).ToList();
    }

    /// <summary>The next review assessment after one held on <paramref name="heldOn"/>: by age then.</summary>
    public static DateOnly NextReview(DateOnly dateOfBirth, DateOnly heldOn) =>
        heldOn.AddMonths(Age.On(dateOfBirth, heldOn) < 5 ? 6 : 12);

    /// <summary>
    /// The next SDQ: a year after the last carer-completed one, but not before the child has been in care 12 months
    /// and is 5; none once the child would be 17.
    /// </summary>
    public static DateOnly? SdqDue(ChildHealth child, DateOnly periodStart, DateOnly date)
    {
        var fifth = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 5);
        var seventeenth = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 17);
        var anchor = Later(periodStart.AddYears(1), fifth);
        var lastSdq = child.Sdqs.Where(s => s.CompletedBy == SdqInformant.Carer && s.CompletedOn >= periodStart && s.CompletedOn <= date)
            .Select(s => (DateOnly?)s.CompletedOn).Max();
        var due = lastSdq is { } l ? Later(anchor, l.AddYears(1)) : anchor;
        return due < seventeenth ? due : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// The OC2 cohort for the 12 months ending <paramref name="to"/> (ssda903.md §4, "continuously looked after"):
    /// episodes in the months, none starting care (RNE S) after the first day, none ending in them other than by a
    /// change within care (REC X1), none under an agreed series of short breaks (V3, V4).
    /// </summary>
    public static bool ContinuouslyLookedAfter(IReadOnlyList<EpisodeFacts> episodes, DateOnly to)
    {
        var from = to.AddYears(-1).AddDays(1);
        var any = false;
        foreach (var e in episodes)
        {
            if (e.Decom > to || (e.Dec is { } end && end < from)) continue;
            any = true;
            if (e.Rne == "S" && e.Decom > from) return false;
            if (e.Dec is { } dec && dec <= to && e.Rec != "X1") return false;
            if (e.Ls is "V3" or "V4") return false;
        }
        return any;
    }
}
