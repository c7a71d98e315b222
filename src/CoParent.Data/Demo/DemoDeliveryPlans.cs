using CoParent.Core.Strategy;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// Gives the delivery-plan actions the strategy seeds at migration (owned by "Not yet agreed") what a real plan has a
/// year or so in: fictional owners and partners, dates across 2022-27, mixed statuses with some overdue, a measure on
/// about half, a few progress notes, and the Children in Care Council's review on some. Seeded, so the demo repeats.
/// </summary>
public static class DemoDeliveryPlans
{
    private static readonly string[] Owners =
    [
        "Head of Service, Children in Care", "Head of Service, Leaving Care", "Head of the Virtual School",
        "Participation and Engagement Lead", "Head of Fostering", "Sufficiency and Commissioning Manager",
        "Designated Nurse for Children in Care", "Head of Service, Family Support",
    ];

    private static readonly string[] Partners =
    [
        "District councils", "NHS Mid and South Essex ICB", "NHS Hertfordshire and West Essex ICB", "Essex Police",
        "Essex schools", "Voluntary and community sector", "Barnardo's",
    ];

    private static readonly string[] Notes =
    [
        "Plan agreed at the Corporate Parenting Panel.", "Working group met and agreed next steps.",
        "First phase delivered; feedback being gathered from young people.", "Delayed while partners confirm funding.",
        "Progress reported to the Children in Care Council.",
    ];

    /// <summary>
    /// Targets a council might set for the Panel (the demo's own choice, not published figures), so the demo
    /// scorecard shows ratings: measure, target and the tolerance for amber, in the measure's unit.
    /// </summary>
    private static readonly (string Measure, decimal Target, decimal Tolerance)[] Targets =
    [
        ("health.annual-check", 90, 5), ("health.immunisations", 85, 5), ("reviews.on-time", 95, 5),
        ("stability.long-term", 70, 5), ("stability.short-term", 10, 2), ("placement.outside-council-area", 20, 5),
        ("education.attendance", 95, 2), ("education.attendance.persistent", 15, 3), ("education.peps.in-time", 90, 10),
        ("identity.life-story-completed", 60, 10), ("leaving-care.eet.19-21", 60, 5), ("leaving-care.suitable-accommodation.19-21", 90, 5),
    ];

    public static async Task SaveAsync(CoParentDbContext db, DateOnly asAt, int seed, CancellationToken ct)
    {
        if (!await db.MeasureTargets.AnyAsync(ct))
        {
            var setAt = asAt.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            db.MeasureTargets.AddRange(Targets.Select(t => new MeasureTarget
            {
                MeasureId = t.Measure, Target = t.Target, Tolerance = t.Tolerance, SetBy = "demo", SetAtUtc = setAt,
            }));
            await db.SaveChangesAsync(ct);
        }

        var actions = await db.DeliveryActions.Where(a => a.Owner == Strategy.StrategyStore.UnassignedOwner).OrderBy(a => a.Id).ToListAsync(ct);
        if (actions.Count == 0) return;

        var random = new Random(unchecked((seed * 48_271) + 7));
        var measures = MeasureCatalogue.All.Where(m => !m.Id.EndsWith(".*", StringComparison.Ordinal)).ToList();
        var recordedAt = asAt.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var action in actions)
        {
            action.Owner = Owners[random.Next(Owners.Length)];
            action.Partner = random.NextDouble() < 0.6 ? Partners[random.Next(Partners.Length)] : null;
            var starts = new DateOnly(2022, 4, 1).AddDays(random.Next(0, 3 * 365));
            var due = starts.AddMonths(random.Next(6, 48));
            if (due > new DateOnly(2027, 3, 31)) due = new DateOnly(2027, 3, 31);
            (action.StartsOn, action.DueOn) = (starts, due);
            action.Status = (starts > asAt, random.NextDouble()) switch
            {
                (true, _) => ActionStatus.NotStarted,
                (_, < 0.25) => ActionStatus.Complete,
                (_, < 0.6) => ActionStatus.OnTrack,
                (_, < 0.8) => ActionStatus.AtRisk,
                (_, < 0.9) => ActionStatus.OffTrack,
                _ => ActionStatus.NotStarted,
            };
            // Most actions whose time has passed were finished; the rest are the overdue ones the Panel asks about.
            if (due < asAt && action.Status != ActionStatus.Complete && random.NextDouble() < 0.6) action.Status = ActionStatus.Complete;
            var outcomeMeasures = measures.Where(m => m.Outcome == action.Outcome).ToList();
            if (outcomeMeasures.Count > 0 && random.NextDouble() < 0.5) action.MeasureId = outcomeMeasures[random.Next(outcomeMeasures.Count)].Id;
            if (random.NextDouble() < 0.2)
            {
                action.CiccReviewedOn = asAt.AddDays(-random.Next(14, 400));
                action.SuggestedByCicc = random.NextDouble() < 0.3;
                action.CiccComments = "Young people asked to hear back on how this is going at their next meeting.";
            }
            action.UpdatedAtUtc = recordedAt;

            if (action.Status != ActionStatus.NotStarted && random.NextDouble() < 0.4)
            {
                var dates = Enumerable.Range(0, random.Next(1, 3))
                    .Select(_ => asAt.AddDays(-random.Next(10, 500))).Select(d => d < starts ? starts : d).Order().ToList();
                for (var i = 0; i < dates.Count; i++)
                {
                    action.Updates.Add(new DeliveryActionUpdate
                    {
                        WrittenOn = dates[i], Note = Notes[random.Next(Notes.Length)],
                        Evidence = random.NextDouble() < 0.5 ? "Corporate Parenting Panel minutes" : null,
                        // The newest note leaves the action where it stands now.
                        Status = i == dates.Count - 1 ? action.Status : ActionStatus.OnTrack,
                        WrittenBy = action.Owner, RecordedAtUtc = recordedAt,
                    });
                }
            }
        }
        // The generator turns automatic change detection off for its bulk writes.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
