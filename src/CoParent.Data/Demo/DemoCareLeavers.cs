using CoParent.Core.Allocations;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;
using CoParent.Core.Ssda903.Returns;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CoParent.Data.Demo;

/// <summary>
/// Leaving care records for the demo council: a personal adviser for each young person in care at 16 or 17 and each
/// care leaver up to 21 (and about half of those aged 22 to 25, who ask for one), pathway plans mostly reviewed on
/// time, what each is doing and where each lives since 16, and support. Around each birthday that has an OC3 row
/// in the stored return, the records say what the row says (activity and accommodation are pinned to it), so the
/// return and the records agree and the demo's export is unchanged.
/// </summary>
public static class DemoCareLeavers
{
    /// <summary>Young people a personal adviser holds.</summary>
    public const int Caseload = 25;

    private static readonly string[] Changes =
    [
        "Started college; travel costs agreed", "Moved into supported lodgings", "Budgeting support added", "Applied for an apprenticeship",
        "Registered with a GP near the new flat", "Plan for university applications", "Referred for mental health support",
        "No change: settled and doing well", "Help with a housing application", "Driving lessons funded", "Job search support agreed",
    ];

    private static readonly (string Code, double Weight)[] YoungActivities =
        [("F2", 0.78), ("F4", 0.05), ("F5", 0.03), ("P2", 0.02), ("G5", 0.08), ("G4", 0.02), ("G6", 0.02)];

    // About six in ten in education, employment or training from 18 (measures.md: ~56% of 19-21 year olds in 2023/24).
    private static readonly (string Code, double Weight)[] AdultActivities =
        [("F1", 0.08), ("P1", 0.02), ("F2", 0.19), ("P2", 0.04), ("F4", 0.06), ("P4", 0.01), ("F5", 0.15), ("P5", 0.07),
         ("G4", 0.08), ("G5", 0.22), ("G6", 0.08)];

    // Around 85-90% suitable (measures.md: 85% suitable in 2019, ~88% later).
    private static readonly (string Code, double Weight)[] Homes =
        [("U1", 0.30), ("D1", 0.17), ("E1", 0.08), ("B1", 0.12), ("K1", 0.06), ("T1", 0.05), ("C1", 0.02), ("Y1", 0.07),
         ("B2", 0.03), ("U2", 0.03), ("V2", 0.02), ("S2", 0.02), ("W2", 0.02), ("X2", 0.01)];

    private static readonly BulkColumn<PathwayPlan>[] PlanColumns =
    [
        new("Id", NpgsqlDbType.Integer, p => p.Id), new("ChildId", NpgsqlDbType.Integer, p => p.ChildId),
        new("NeedsAssessmentDate", NpgsqlDbType.Date, p => p.NeedsAssessmentDate), new("AgreedDate", NpgsqlDbType.Date, p => p.AgreedDate),
    ];

    private static readonly BulkColumn<PathwayPlanReview>[] ReviewColumns =
    [
        new("PathwayPlanId", NpgsqlDbType.Integer, r => r.PathwayPlanId), new("ReviewDate", NpgsqlDbType.Date, r => r.ReviewDate),
        new("WhatChanged", NpgsqlDbType.Varchar, r => r.WhatChanged),
    ];

    private static readonly BulkColumn<EducationEmploymentStatus>[] StatusColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, s => s.ChildId), new("From", NpgsqlDbType.Date, s => s.From),
        new("Activity", NpgsqlDbType.Varchar, s => s.Activity), new("ActivelySeekingWork", NpgsqlDbType.Boolean, s => s.ActivelySeekingWork),
        new("EmployedByCouncil", NpgsqlDbType.Boolean, s => s.EmployedByCouncil),
    ];

    private static readonly BulkColumn<AccommodationRecord>[] HomeColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, a => a.ChildId), new("From", NpgsqlDbType.Date, a => a.From),
        new("Code", NpgsqlDbType.Varchar, a => a.Code), new("Postcode", NpgsqlDbType.Varchar, a => a.Postcode),
    ];

    private static readonly BulkColumn<CareLeaverSupport>[] SupportColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, s => s.ChildId), new("InTouch", NpgsqlDbType.Varchar, s => s.InTouch),
        new("IsParent", NpgsqlDbType.Boolean, s => s.IsParent), new("ChildrenAges", NpgsqlDbType.Varchar, s => s.ChildrenAges),
        new("CoGrandparentOffered", NpgsqlDbType.Date, s => s.CoGrandparentOffered), new("CoGrandparentAccepted", NpgsqlDbType.Date, s => s.CoGrandparentAccepted),
        new("CouncilTaxExemptFrom", NpgsqlDbType.Date, s => s.CouncilTaxExemptFrom), new("CouncilTaxExemptTo", NpgsqlDbType.Date, s => s.CouncilTaxExemptTo),
        new("GuaranteedInterviewOffered", NpgsqlDbType.Date, s => s.GuaranteedInterviewOffered), new("GuaranteedInterviewUsed", NpgsqlDbType.Date, s => s.GuaranteedInterviewUsed),
    ];

    /// <summary>How many personal advisers the council needs for its young people in care at 16 or 17 and its care leavers.</summary>
    public static int AdvisersNeeded(int olderChildrenInCare, int careLeavers) => Math.Max(1, (olderChildrenInCare + (int)(careLeavers * 0.8) + Caseload - 1) / Caseload);

    public static async Task SaveAsync(
        CoParentDbContext db, List<Child> people, DateOnly asAt, int seed, IReadOnlyList<string> advisers, IProgress<string>? progress, CancellationToken ct)
    {
        if (advisers.Count == 0) return;
        var oc3 = (await db.CareLeaverYears.AsNoTracking().Select(y => new { y.ChildId, y.CollectionYear, y.InTouch, y.Activity, y.Accommodation }).ToListAsync(ct))
            .ToLookup(y => y.ChildId);
        var currentYear = CollectionYear.Containing(asAt).Year;

        var allocations = new List<Allocation>();
        var plans = new List<PathwayPlan>();
        var reviews = new List<PathwayPlanReview>();
        var statuses = new List<EducationEmploymentStatus>();
        var homes = new List<AccommodationRecord>();
        var support = new List<CareLeaverSupport>();
        var nextPlanId = (await db.PathwayPlans.MaxAsync(p => (int?)p.Id, ct) ?? 0) + 1;
        var turn = 0;

        foreach (var child in people)
        {
            var age = Age.On(child.DateOfBirth, asAt);
            if (age is < 16 or > 25) continue;
            var care = child.Episodes.OrderBy(e => e.Decom).Select(e => new CareSpell(e.Decom, e.Dec, e.Place, e.Ls, e.Rec)).ToList();
            var facts = new CareLeaverFacts(child.Id, child.DateOfBirth, null, [], [], care);
            var inCare = facts.InCareOn(asAt);
            if (!(inCare && age <= 17) && !facts.IsCareLeaverOn(asAt)) continue;
            var random = new Random(unchecked((seed * 7_919) + child.Id));
            if (age >= 22 && random.NextDouble() < 0.5) continue; // from 22 a young person has an adviser only if they ask

            var sixteenth = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 16);
            var eighteenth = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 18);
            var left = inCare ? (DateOnly?)null : care[^1].End;
            var adviserFrom = Min(sixteenth.AddDays(random.Next(0, 90)), asAt);
            allocations.Add(new Allocation { ChildId = child.Id, Role = AllocationRole.PersonalAdviser, UserId = advisers[turn++ % advisers.Count], From = adviserFrom });

            // Pathway plan: needs assessment within three months of 16 (measures.md §8), the plan soon after, reviews at most six months apart, a few late.
            var assessed = sixteenth.AddDays(random.Next(14, 90));
            if (assessed < asAt)
            {
                var plan = new PathwayPlan { Id = nextPlanId++, ChildId = child.Id, NeedsAssessmentDate = assessed, AgreedDate = Min(assessed.AddDays(random.Next(14, 60)), asAt) };
                plans.Add(plan);
                var last = plan.AgreedDate!.Value;
                while (true)
                {
                    var next = last.AddDays(random.NextDouble() < 0.1 ? random.Next(190, 250) : random.Next(110, 182));
                    if (next > asAt) break;
                    reviews.Add(new PathwayPlanReview { PathwayPlanId = plan.Id, ReviewDate = next, WhatChanged = Changes[random.Next(Changes.Length)] });
                    last = next;
                }
            }

            // What they are doing, from 16, with the OC3 rows' activity pinned around their birthdays.
            var rows = oc3[child.Id].ToList();
            var activity = new List<Dated>();
            for (var from = sixteenth; from <= asAt; from = from.AddDays(random.Next(90, 400)))
                activity.Add(new Dated(from, Pick(random, from < eighteenth ? YoungActivities : AdultActivities)));
            var accommodation = new List<Dated>();
            if (left is { } l)
            {
                var start = l;
                if (care[^1].Rec == "E17")
                {
                    accommodation.Add(new Dated(l, "Z1")); // Staying Put with former foster carers from 18
                    start = l.AddDays(random.Next(180, 900));
                }
                for (var from = start; from <= asAt; from = from.AddDays(random.Next(120, 600)))
                    if (from > l || accommodation.Count == 0) accommodation.Add(new Dated(from, Pick(random, Homes)));
            }
            foreach (var row in rows.Where(r => r.InTouch == "YES"))
            {
                if (CareLeaverReturn.BirthdayIn(child.DateOfBirth, new CollectionYear(row.CollectionYear)) is not { } b) continue;
                if (row.Activity is { } a && a != "0") Pin(activity, b.Birthday, a, random, floor: sixteenth);
                if (row.Accommodation is { } h && h != "0" && left is { } gone) Pin(accommodation, b.Birthday, h, random, floor: gone);
            }
            statuses.AddRange(activity.Select(s => new EducationEmploymentStatus
            {
                ChildId = child.Id, From = s.From, Activity = s.Code,
                ActivelySeekingWork = CareLeaverCodes.IsNeet(s.Code) ? random.NextDouble() < (s.Code == "G5" ? 0.55 : 0.15) : null,
                EmployedByCouncil = CareLeaverCodes.IsWork(s.Code) ? random.NextDouble() < 0.08 : null,
            }));
            homes.AddRange(accommodation.Select(h => new AccommodationRecord { ChildId = child.Id, From = h.From, Code = h.Code }));

            if (left is null) continue;
            var current = rows.FirstOrDefault(r => r.CollectionYear == currentYear);
            var isParent = age >= 18 && random.NextDouble() < (child.Sex == "F" ? 0.16 : 0.06);
            var offered = isParent && random.NextDouble() < 0.7 ? Min(left.Value.AddDays(random.Next(30, 400)), asAt) : (DateOnly?)null;
            var taxFrom = age >= 18 && random.NextDouble() < 0.6 ? Max(eighteenth, left.Value) : (DateOnly?)null;
            var interview = age >= 18 && random.NextDouble() < 0.15 ? Min(eighteenth.AddDays(random.Next(30, 700)), asAt) : (DateOnly?)null;
            support.Add(new CareLeaverSupport
            {
                ChildId = child.Id,
                InTouch = current?.InTouch ?? (random.NextDouble() < 0.05 ? "NO" : "YES"),
                IsParent = isParent,
                ChildrenAges = isParent ? random.Next(0, Math.Max(1, age - 17)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                CoGrandparentOffered = offered,
                CoGrandparentAccepted = offered is { } o && random.NextDouble() < 0.6 ? Min(o.AddDays(random.Next(3, 40)), asAt) : null,
                CouncilTaxExemptFrom = taxFrom,
                // The exemption runs to 25 in many councils; the records show it ending then.
                CouncilTaxExemptTo = taxFrom is null ? null : Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 25).AddDays(-1),
                GuaranteedInterviewOffered = interview,
                GuaranteedInterviewUsed = interview is { } i && random.NextDouble() < 0.4 ? Min(i.AddDays(random.Next(7, 60)), asAt) : null,
            });
        }

        await DemoBulk.WriteAsync(db, "Allocations", DemoBulk.AllocationColumns, allocations, ct);
        await DemoBulk.WriteAsync(db, "PathwayPlans", PlanColumns, plans, ct);
        await DemoBulk.CatchUpIdentityAsync(db, "PathwayPlans", ct);
        await DemoBulk.WriteAsync(db, "PathwayPlanReviews", ReviewColumns, reviews, ct);
        await DemoBulk.WriteAsync(db, "EducationEmploymentStatuses", StatusColumns, statuses, ct);
        await DemoBulk.WriteAsync(db, "AccommodationRecords", HomeColumns, homes, ct);
        await DemoBulk.WriteAsync(db, "CareLeaverSupport", SupportColumns, support, ct);
        progress?.Report($"Saved leaving care records for {allocations.Count:N0} young people with {advisers.Count:N0} personal advisers");
    }

    /// <summary>Makes the code the one in force on the birthday: set a little before it, replacing anything recorded in between.</summary>
    private static void Pin(List<Dated> history, DateOnly birthday, string code, Random random, DateOnly floor)
    {
        var from = Max(birthday.AddDays(-random.Next(0, 60)), floor);
        if (from > birthday) from = birthday;
        history.RemoveAll(h => h.From >= from && h.From <= birthday);
        history.Add(new Dated(from, code));
        history.Sort((a, b) => a.From.CompareTo(b.From));
    }

    private static string Pick(Random random, (string Code, double Weight)[] weights)
    {
        var total = weights.Sum(w => w.Weight);
        var roll = random.NextDouble() * total;
        foreach (var (code, weight) in weights)
        {
            roll -= weight;
            if (roll < 0) return code;
        }
        return weights[^1].Code;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
