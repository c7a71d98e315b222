using CoParent.Core.Allocations;
using CoParent.Core.Education;
using CoParent.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// The demo council's suspensions (about 1 in 10 children on roll in the last year, 1 to 5 days each), permanent
/// exclusions (about 1 in 1,000), part-time timetables and children missing education, from the enrolments already
/// saved: nothing when there are none. A few notifications for a Virtual School officer so the page has something.
/// </summary>
public static class DemoExclusions
{
    public static async Task SaveAsync(CoParentDbContext db, DateOnly asAt, int seed, CancellationToken ct)
    {
        var yearAgo = asAt.AddYears(-1);
        var enrolments = await db.SchoolEnrolments.AsNoTracking()
            .Where(e => e.From <= asAt && (e.To == null || e.To >= yearAgo))
            .OrderBy(e => e.Id)
            .Select(e => new { e.ChildId, e.SchoolId, e.From, e.To })
            .ToListAsync(ct);
        if (enrolments.Count == 0) return;

        var random = new Random(unchecked((seed * 31_337) + 5));
        var exclusions = new List<Exclusion>();
        var timetables = new List<PartTimeTimetable>();
        var missing = new List<MissingEducationEpisode>();
        var recordedAt = new DateTimeOffset(asAt.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var e in enrolments)
        {
            var start = e.From > yearAgo ? e.From : yearAgo;
            var end = e.To is { } to && to < asAt ? to : asAt;
            var days = end.DayNumber - start.DayNumber;
            if (days <= 0) continue;
            var roll = random.NextDouble();
            if (roll < 0.10)
            {
                var count = random.NextDouble() < 0.3 ? 2 : 1;
                for (var i = 0; i < count; i++)
                {
                    var date = SchoolDay(start.AddDays(random.Next(days)));
                    exclusions.Add(new Exclusion
                    {
                        ChildId = e.ChildId, SchoolId = e.SchoolId, Kind = ExclusionKind.Suspension, StartDate = date,
                        SessionsLost = random.Next(1, 6) * 2 - (random.NextDouble() < 0.15 ? 1 : 0),
                        Reason = Pick(random), Decision = random.NextDouble() < 0.05 ? ExclusionDecision.Withdrawn : ExclusionDecision.Upheld,
                        RecordedAt = recordedAt,
                    });
                }
            }
            else if (roll < 0.101)
            {
                var date = SchoolDay(start.AddDays(random.Next(days)));
                exclusions.Add(new Exclusion
                {
                    ChildId = e.ChildId, SchoolId = e.SchoolId, Kind = ExclusionKind.Permanent, StartDate = date, Reason = Pick(random),
                    AlternativeProvisionFrom = date.AddDays(7), RecordedAt = recordedAt,
                });
            }
            else if (roll < 0.115)
            {
                var from = start.AddDays(random.Next(days));
                timetables.Add(new PartTimeTimetable
                {
                    ChildId = e.ChildId, StartDate = from, ReviewDate = from.AddDays(42), EndDate = random.NextDouble() < 0.5 ? from.AddDays(random.Next(30, 120)) : null,
                    HoursPerWeek = random.Next(10, 22), Reason = "Phased return after a period out of school", AgreedBy = "Designated teacher and social worker",
                });
            }
            else if (roll < 0.12 && e.To is { } left && left < asAt)
            {
                missing.Add(new MissingEducationEpisode
                {
                    ChildId = e.ChildId, From = left.AddDays(1), To = random.NextDouble() < 0.5 ? null : left.AddDays(random.Next(10, 60)),
                    Reason = MissingEducationReason.NoSchoolPlaceAfterMove,
                });
            }
        }
        foreach (var m in missing.Where(m => m.To > asAt)) m.To = null;
        db.AddRange(exclusions);
        db.AddRange(timetables);
        db.AddRange(missing);

        var officer = await db.Allocations.AsNoTracking().Where(a => a.Role == AllocationRole.VirtualSchoolOfficer)
            .OrderBy(a => a.Id).Select(a => a.UserId).FirstOrDefaultAsync(ct);
        if (officer is not null)
        {
            var caseload = await db.Allocations.AsNoTracking()
                .Where(a => a.Role == AllocationRole.VirtualSchoolOfficer && a.UserId == officer).Select(a => a.ChildId).ToListAsync(ct);
            var onCaseload = caseload.ToHashSet();
            foreach (var x in exclusions.Where(x => onCaseload.Contains(x.ChildId)).OrderByDescending(x => x.StartDate).Take(5))
            {
                db.Add(new Notification
                {
                    UserId = officer, ChildId = x.ChildId, Kind = x.Kind == ExclusionKind.Permanent ? "exclusion.permanent" : "exclusion.suspension",
                    Message = x.NoticeText(), Link = $"/children/{x.ChildId}/education/exclusions",
                    CreatedAt = new DateTimeOffset(x.StartDate.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero),
                });
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DateOnly SchoolDay(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    // Persistent disruptive behaviour is by far the commonest reason nationally, then assaults and verbal abuse.
    private static string Pick(Random random) => random.Next(10) switch
    {
        < 4 => "PD",
        4 => "PA",
        5 => "VA",
        6 => "PP",
        7 => "VP",
        8 => "DM",
        _ => "OT",
    };
}
