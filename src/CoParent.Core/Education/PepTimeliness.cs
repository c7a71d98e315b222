using CoParent.Core.Calendar;

namespace CoParent.Core.Education;

/// <summary>Why a PEP fell due.</summary>
public enum PepDueReason
{
    /// <summary>The first PEP, ready for the first review 20 working days after entering care.</summary>
    EnteredCare = 1,
    /// <summary>A new PEP within 10 working days of starting at a new school.</summary>
    ChangedSchool = 2,
    /// <summary>The termly PEP, by the Virtual School's deadline for the term.</summary>
    Termly = 3,
}

/// <summary>What timeliness needs to know of a child: date of birth, periods of care, school starts and their PEPs.</summary>
public sealed record PepChild(
    int ChildId, DateOnly DateOfBirth, IReadOnlyList<PepChild.CarePeriod> Care, IReadOnlyList<DateOnly> SchoolStarts, IReadOnlyList<PepChild.Pep> Peps)
{
    public sealed record CarePeriod(DateOnly From, DateOnly? To)
    {
        public bool Covers(DateOnly date) => From <= date && (To is null || To >= date);
    }

    /// <summary>A PEP; <paramref name="ApprovedOn"/> is when it was completed (approved by the Virtual School).</summary>
    public sealed record Pep(int AcademicYear, SchoolTerm Term, DateOnly? ApprovedOn, PepRating? Rating);

    public bool InCareOn(DateOnly date) => Care.Any(p => p.Covers(date));
}

/// <summary>One PEP that was due: by when, why, and when (if ever) one was completed for it.</summary>
public sealed record PepDue(int ChildId, DateOnly DueBy, PepDueReason Reason, DateOnly? CompletedOn)
{
    public bool CompletedInTime => CompletedOn is { } done && done <= DueBy;

    public bool IsOverdueOn(DateOnly date) => DueBy < date && (CompletedOn is null || CompletedOn > date);
}

/// <summary>
/// When a child's PEPs are due (statutory guidance "Promoting the education of looked-after children", 2018;
/// measures.md §8): for a child in care from the academic year of their third birthday to the end of Year 13, the
/// first PEP by the first review (20 working days after entering care), a new one within 10 working days of a change
/// of school, and one each term by the Virtual School's deadline.
/// </summary>
public static class PepTimeliness
{
    public static bool InAgeRange(DateOnly dateOfBirth, DateOnly on) =>
        SchoolYear.AcademicYearStarting(on) >= SchoolYear.AcademicYearStarting(dateOfBirth.AddYears(3))
        && SchoolYear.YearGroupFor(dateOfBirth, on) <= 13;

    /// <summary>Every PEP due for the child with a due date from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static IReadOnlyList<PepDue> Due(PepChild child, DateOnly from, DateOnly to, IReadOnlyList<PepDeadline> deadlines)
    {
        var due = new List<PepDue>();
        DateOnly? FirstApprovedFrom(DateOnly start) => child.Peps.Where(p => p.ApprovedOn >= start).Min(p => p.ApprovedOn);

        foreach (var period in child.Care)
        {
            if (!InAgeRange(child.DateOfBirth, period.From)) continue;
            due.Add(new PepDue(child.ChildId, WorkingDays.Add(period.From, 20), PepDueReason.EnteredCare, FirstApprovedFrom(period.From)));
        }

        var starts = child.SchoolStarts.Order().ToList();
        // The first school on record is not a change; later ones are, if the child is in care when they start.
        foreach (var start in starts.Skip(1))
        {
            if (!child.InCareOn(start) || !InAgeRange(child.DateOfBirth, start)) continue;
            due.Add(new PepDue(child.ChildId, WorkingDays.Add(start, 10), PepDueReason.ChangedSchool, FirstApprovedFrom(start)));
        }

        for (var year = SchoolYear.AcademicYearStarting(from); year <= SchoolYear.AcademicYearStarting(to); year++)
        {
            foreach (var deadline in deadlines)
            {
                var dueBy = deadline.In(year);
                var termStart = PepWorkflow.TermStart(year, deadline.Term);
                // Due when the child is in care on the deadline and was already in care at the start of the term
                // (a child new to care that term has their first PEP instead).
                if (!child.InCareOn(dueBy) || !child.InCareOn(termStart) || !InAgeRange(child.DateOfBirth, dueBy)) continue;
                var done = child.Peps.Where(p => p.AcademicYear == year && p.Term == deadline.Term && p.ApprovedOn is not null).Min(p => p.ApprovedOn);
                due.Add(new PepDue(child.ChildId, dueBy, PepDueReason.Termly, done));
            }
        }

        return [.. due.Where(d => d.DueBy >= from && d.DueBy <= to).OrderBy(d => d.DueBy)];
    }
}
