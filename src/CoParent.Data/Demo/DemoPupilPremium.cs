using CoParent.Core.Allocations;
using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// The demo council's Pupil Premium Plus ledger for this financial year and last: money passed to schools for targets of
/// approved PEPs that asked for it, some held centrally (tutoring for one child, training for designated teachers), and
/// spending recorded for most of last year's and some of this year's. Built from the PEP targets already saved; with
/// none (no schools or PEPs in the demo), it adds nothing.
/// </summary>
public static class DemoPupilPremium
{
    public static async Task SaveAsync(CoParentDbContext db, DateOnly asAt, int seed, CancellationToken ct)
    {
        var thisYear = FinancialYear.Containing(asAt);
        var firstDay = FinancialYear.Start(thisYear - 1);
        var targets = await db.PepTargets.AsNoTracking()
            .Where(t => t.PupilPremiumRequested != null && t.PupilPremiumRequested > 0 && t.PersonalEducationPlan!.Status == PepStatus.Approved)
            .Select(t => new { t.Id, t.PersonalEducationPlan!.ChildId, t.PupilPremiumRequested, t.Description, t.PersonalEducationPlan.MeetingDate, t.PersonalEducationPlan.DueBy })
            .ToListAsync(ct);
        if (targets.Count == 0) return;

        var enrolments = (await db.SchoolEnrolments.AsNoTracking().Select(e => new { e.ChildId, e.SchoolId, e.From, e.To }).ToListAsync(ct))
            .ToLookup(e => e.ChildId);
        var officers = (await db.Allocations.AsNoTracking().Where(a => a.Role == AllocationRole.VirtualSchoolOfficer)
                .Select(a => new { a.ChildId, a.UserId }).ToListAsync(ct))
            .GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.First().UserId);
        var anyOfficer = officers.Values.FirstOrDefault() ?? "";
        var rates = PupilPremiumRate.Published.ToDictionary(r => r.FinancialYear, r => r.AmountPerChild);
        var random = new Random(unchecked((seed * 31_337) + 5));
        var committedPerChildYear = new Dictionary<(int, int), decimal>();
        var lines = new List<PupilPremiumAllocation>();

        foreach (var target in targets)
        {
            var on = target.MeetingDate ?? target.DueBy;
            if (on < firstDay || on > asAt) continue;
            var year = FinancialYear.Containing(on);
            var rate = rates.TryGetValue(year, out var r) ? r : rates.Values.Max();
            var school = enrolments[target.ChildId].FirstOrDefault(e => e.From <= on && (e.To == null || e.To >= on));
            if (school is null) continue;
            var amount = Math.Min(target.PupilPremiumRequested!.Value, rate);
            committedPerChildYear.TryGetValue((target.ChildId, year), out var sofar);
            if (sofar + amount > rate) continue;
            committedPerChildYear[(target.ChildId, year)] = sofar + amount;
            var line = new PupilPremiumAllocation
            {
                ChildId = target.ChildId, FinancialYear = year, Amount = amount, Kind = PupilPremiumAllocationKind.PassedToSchool,
                SchoolId = school.SchoolId, PepTargetId = target.Id, Purpose = Purposes[random.Next(Purposes.Length)], CommittedOn = on,
                CommittedByUserId = officers.GetValueOrDefault(target.ChildId, anyOfficer),
            };
            // Most of last year's money has been spent and accounted for; this year's less so.
            if (random.NextDouble() < (year < thisYear ? 0.85 : 0.35))
            {
                var spentOn = on.AddDays(random.Next(14, 120));
                if (spentOn <= asAt)
                {
                    line.SpentOn = spentOn;
                    line.SpentAmount = random.NextDouble() < 0.8 ? amount : decimal.Round(amount * (decimal)(0.5 + random.NextDouble() / 2), 0);
                    line.SpentOnWhat = line.Purpose;
                }
            }
            lines.Add(line);

            // About one child in ten also has tutoring the Virtual School arranges itself.
            if (random.NextDouble() < 0.1 && sofar + amount + 300 <= rate)
            {
                committedPerChildYear[(target.ChildId, year)] += 300;
                lines.Add(new PupilPremiumAllocation
                {
                    ChildId = target.ChildId, FinancialYear = year, Amount = 300, Kind = PupilPremiumAllocationKind.HeldCentrally,
                    Purpose = "One-to-one tutoring arranged by the Virtual School", CommittedOn = on,
                    CommittedByUserId = line.CommittedByUserId,
                });
            }
        }

        // The central pool: training for designated teachers and a summer reading programme, each year.
        foreach (var year in new[] { thisYear - 1, thisYear })
        {
            var on = FinancialYear.Start(year).AddDays(30);
            if (on > asAt) continue;
            var pool = Math.Max(1000m, decimal.Round(targets.Count * 40m / 100m) * 100m);
            lines.Add(new PupilPremiumAllocation
            {
                FinancialYear = year, Amount = pool, Kind = PupilPremiumAllocationKind.HeldCentrally, Purpose = "Training for designated teachers",
                CommittedOn = on, CommittedByUserId = anyOfficer,
                SpentAmount = year < thisYear ? pool : null, SpentOn = year < thisYear ? on.AddDays(120) : null,
                SpentOnWhat = year < thisYear ? "Termly training days for designated teachers" : null,
            });
        }

        foreach (var chunk in lines.Chunk(5_000))
        {
            db.PupilPremiumAllocations.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static readonly string[] Purposes =
    [
        "Small-group tuition in maths", "One-to-one reading support", "Speech and language sessions", "Mentoring with a learning mentor",
        "Laptop and software for homework", "Music lessons", "Emotional literacy support sessions", "Revision classes before exams",
    ];
}
