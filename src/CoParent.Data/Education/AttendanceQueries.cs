using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Education;

/// <summary>How many sessions of each code a child has: counted in the database, so 23 million marks are never loaded.</summary>
public sealed record SessionCount(int ChildId, string Code, int Count);

public static class AttendanceQueries
{
    /// <param name="children">Only these children, when given (keep it to a few thousand).</param>
    public static IQueryable<SessionCount> SessionCounts(CoParentDbContext db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? children = null)
    {
        var marks = db.AttendanceMarks.AsNoTracking().Where(m => m.Date >= from && m.Date <= to);
        if (children is not null) marks = marks.Where(m => children.Contains(m.ChildId));
        return marks.GroupBy(m => new { m.ChildId, m.Code }).Select(g => new SessionCount(g.Key.ChildId, g.Key.Code, g.Count()));
    }

    public static AttendanceSummary Summarise(IEnumerable<SessionCount> counts)
    {
        int possible = 0, attended = 0, authorised = 0, unauthorised = 0;
        foreach (var c in counts)
        {
            switch (AttendanceCodes.CategoryOf(c.Code))
            {
                case AttendanceCategory.Present or AttendanceCategory.ApprovedEducationalActivity: possible += c.Count; attended += c.Count; break;
                case AttendanceCategory.AuthorisedAbsence: possible += c.Count; authorised += c.Count; break;
                case AttendanceCategory.UnauthorisedAbsence: possible += c.Count; unauthorised += c.Count; break;
            }
        }
        return new AttendanceSummary(possible, attended, authorised, unauthorised);
    }

    /// <summary>Each child's summary for the period (children with no marks are absent from the result).</summary>
    public static async Task<Dictionary<int, AttendanceSummary>> SummariesAsync(
        CoParentDbContext db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? children, CancellationToken ct) =>
        (await SessionCounts(db, from, to, children).ToListAsync(ct))
            .GroupBy(c => c.ChildId).ToDictionary(g => g.Key, g => Summarise(g));
}
