using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CoParent.Data.Demo;

/// <summary>
/// A year of daily register marks for the demo children on a school roll: about 92% attendance overall (children in
/// care in England attend a little less than their peers), about 1 in 8 persistently absent and a few severely absent.
/// Weekends and roughly the school holidays are skipped. Does nothing when the roll is empty.
/// </summary>
public static class DemoAttendance
{
    /// <summary>Above this many children on roll only the last 4 weeks are generated: a year at national size is 20 million rows.</summary>
    public const int FullYearUpTo = 5000;

    private static readonly BulkColumn<AttendanceMark>[] Columns =
    [
        new("ChildId", NpgsqlDbType.Integer, m => m.ChildId),
        new("SchoolId", NpgsqlDbType.Integer, m => m.SchoolId),
        new("Date", NpgsqlDbType.Date, m => m.Date),
        new("Session", NpgsqlDbType.Integer, m => (int)m.Session),
        new("Code", NpgsqlDbType.Varchar, m => m.Code),
    ];

    private static readonly string[] Authorised = ["I", "I", "I", "I", "M", "M", "C", "R", "E"];
    private static readonly string[] Unauthorised = ["O", "O", "N", "G", "U"];

    public static async Task AddAsync(CoParentDbContext db, DateOnly asAt, int seed, CancellationToken ct)
    {
        var yearAgo = asAt.AddYears(-1);
        var enrolments = await db.SchoolEnrolments.AsNoTracking().Where(e => e.From <= asAt && (e.To == null || e.To >= yearAgo))
            .Select(e => new { e.ChildId, e.SchoolId, e.From, e.To }).ToListAsync(ct);
        if (enrolments.Count == 0) return;
        var first = enrolments.Select(e => e.ChildId).Distinct().Count() > FullYearUpTo ? asAt.AddDays(-27) : yearAgo.AddDays(1);
        var days = new List<DateOnly>();
        for (var d = first; d <= asAt; d = d.AddDays(1))
        {
            if (IsSchoolDay(d)) days.Add(d);
        }
        await DemoBulk.WriteAsync(db, "AttendanceMarks", Columns, Marks(), ct);

        IEnumerable<AttendanceMark> Marks()
        {
            var random = new Random(seed + 5);
            var taken = new HashSet<(int, DateOnly)>();
            foreach (var e in enrolments.OrderBy(e => e.ChildId).ThenBy(e => e.From))
            {
                // Most children miss a little; about 1 in 8 miss 10% to 30%; 1 in 50 miss more than half.
                var roll = random.NextDouble();
                var absenceRate = roll < 0.02 ? 0.5 + random.NextDouble() * 0.25
                    : roll < 0.14 ? 0.10 + random.NextDouble() * 0.2
                    : random.NextDouble() * 0.07;
                var unauthorisedShare = 0.2 + random.NextDouble() * 0.3;
                foreach (var day in days)
                {
                    if (day < e.From || (e.To is { } to && day > to) || !taken.Add((e.ChildId, day))) continue;
                    string am, pm;
                    if (random.NextDouble() < absenceRate)
                    {
                        am = random.NextDouble() < unauthorisedShare ? Unauthorised[random.Next(Unauthorised.Length)] : Authorised[random.Next(Authorised.Length)];
                        // Now and then only half the day is missed.
                        pm = random.NextDouble() < 0.15 ? "\\" : am;
                    }
                    else
                    {
                        am = random.NextDouble() < 0.03 ? "L" : "/";
                        pm = "\\";
                    }
                    yield return new AttendanceMark { ChildId = e.ChildId, SchoolId = e.SchoolId, Date = day, Session = SchoolSession.Morning, Code = am };
                    yield return new AttendanceMark { ChildId = e.ChildId, SchoolId = e.SchoolId, Date = day, Session = SchoolSession.Afternoon, Code = pm };
                }
            }
        }
    }

    /// <summary>Weekdays outside England's usual holidays, roughly: Christmas, Easter, summer and the three half-terms.</summary>
    public static bool IsSchoolDay(DateOnly d)
    {
        if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        return (d.Month, d.Day) switch
        {
            (12, >= 20) or (1, <= 3) => false,
            (4, <= 14) => false,
            (7, >= 22) or (8, _) or (9, <= 2) => false,
            (10, >= 26) or (2, >= 16 and <= 20) or (5, >= 25) => false,
            _ => true,
        };
    }
}
