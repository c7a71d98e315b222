using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// PEPs for the children on a school roll over the last three terms: most approved and rated green or amber, some red,
/// some returned, some drafts left past their deadline; targets with outcomes, some with Pupil Premium Plus asked for.
/// Does nothing when no child is on a roll.
/// </summary>
public static class DemoPeps
{
    private static readonly string[] Targets =
    [
        "Read a chapter book independently and talk about it", "Know times tables to 12 by heart", "Write a page using paragraphs",
        "Attend every morning registration for a half term", "Join an after-school club", "Complete homework on time each week",
        "Use the calm space instead of leaving class", "Sit mock exams in maths and English",
    ];

    private static readonly string[] Who = ["Class teacher", "Designated teacher", "Carer", "Social worker", "Tutor", "Form tutor"];

    public static async Task AddAsync(CoParentDbContext db, DateOnly asAt, int seed, CancellationToken ct)
    {
        var pupils = await db.SchoolEnrolments.AsNoTracking().Select(e => new { e.ChildId, e.Child!.DateOfBirth }).Distinct().ToListAsync(ct);
        if (pupils.Count == 0) return;
        var ids = pupils.Select(p => p.ChildId).ToHashSet();
        var care = (await db.CareEpisodes.AsNoTracking().Where(e => db.SchoolEnrolments.Any(s => s.ChildId == e.ChildId))
            .Select(e => new { e.ChildId, e.Decom, e.Dec }).ToListAsync(ct)).ToLookup(e => e.ChildId);
        var random = new Random(seed + 5005);
        var deadlines = PepDeadline.Defaults;
        var (year, term) = PepWorkflow.TermOf(asAt);
        var terms = new List<(int Year, SchoolTerm Term)> { (year, term) };
        for (var i = 0; i < 2; i++)
        {
            var (y, t) = terms[^1];
            terms.Add(t == SchoolTerm.Autumn ? (y - 1, SchoolTerm.Summer) : (y, t - 1));
        }

        var batch = new List<PersonalEducationPlan>();
        foreach (var pupil in pupils)
        {
            foreach (var (y, t) in terms)
            {
                var deadline = deadlines.First(d => d.Term == t).In(y);
                var start = PepWorkflow.TermStart(y, t);
                var on = deadline < asAt ? deadline : asAt;
                if (!care[pupil.ChildId].Any(e => e.Decom <= start && (e.Dec == null || e.Dec >= on)) || !PepTimeliness.InAgeRange(pupil.DateOfBirth, on)) continue;
                batch.Add(Pep(random, pupil.ChildId, y, t, deadline, asAt));
            }
            if (batch.Count >= 2000) await SaveAsync(db, batch, ct);
        }
        await SaveAsync(db, batch, ct);
    }

    private static async Task SaveAsync(CoParentDbContext db, List<PersonalEducationPlan> batch, CancellationToken ct)
    {
        db.PersonalEducationPlans.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private static PersonalEducationPlan Pep(Random random, int childId, int year, SchoolTerm term, DateOnly deadline, DateOnly asAt)
    {
        var past = deadline < asAt;
        var roll = random.NextDouble();
        // Past terms: 80% approved, 8% returned, 12% drafts left overdue. This term: a third approved, a quarter submitted.
        var status = past
            ? roll < 0.80 ? PepStatus.Approved : roll < 0.88 ? PepStatus.Returned : PepStatus.Draft
            : roll < 0.35 ? PepStatus.Approved : roll < 0.60 ? PepStatus.Submitted : roll < 0.65 ? PepStatus.Returned : PepStatus.Draft;
        var meeting = deadline.AddDays(-random.Next(3, 40));
        if (meeting > asAt) meeting = asAt.AddDays(-random.Next(0, 5));
        var created = meeting.AddDays(-random.Next(7, 21)).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var pep = new PersonalEducationPlan
        {
            ChildId = childId, AcademicYear = year, Term = term, DueBy = deadline, Status = status, CreatedAt = created,
            ChildLikes = "Likes art, football and helping in class", ChildFindsHard = random.NextDouble() < 0.6 ? "Finds writing long answers hard" : "Finds it hard to settle after weekends",
            ChildWants = "Wants to stay in the same school and make the football team",
            AttainmentNotes = "Making steady progress from a low starting point",
            EnglishProgress = (ProgressAgainstExpected)random.Next(1, 4), MathsProgress = (ProgressAgainstExpected)random.Next(1, 4), ScienceProgress = (ProgressAgainstExpected)random.Next(1, 4),
            SupportAndInterventions = "Weekly reading with a teaching assistant; homework club twice a week",
            MeetingDate = status == PepStatus.Draft && random.NextDouble() < 0.5 ? null : meeting,
            MeetingAttendees = "Child, carer, designated teacher, social worker",
        };
        var targets = random.Next(2, 4);
        for (var i = 0; i < targets; i++)
        {
            pep.Targets.Add(new PepTarget
            {
                Description = Targets[random.Next(Targets.Length)], WhoWillDoIt = Who[random.Next(Who.Length)], ByWhen = deadline.AddMonths(3),
                Outcome = past ? (PepTargetOutcome)random.Next(1, 4) : PepTargetOutcome.NotYetReviewed,
                PupilPremiumRequested = random.NextDouble() < 0.35 ? 50m * random.Next(2, 13) : null,
            });
        }
        if (status is PepStatus.Draft) return pep;
        var submitted = meeting.AddDays(random.Next(1, 10));
        if (submitted > asAt) submitted = asAt;
        pep.SubmittedAt = submitted.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
        if (status == PepStatus.Submitted) return pep;
        var assured = submitted.AddDays(random.Next(1, 8));
        if (assured > asAt) assured = asAt;
        var quality = random.NextDouble();
        pep.QaRating = quality < 0.55 ? PepRating.Green : quality < 0.88 ? PepRating.Amber : PepRating.Red;
        pep.QaItemsMet = pep.QaRating == PepRating.Green ? "voice,attainment,attendance,smart,pupil-premium,owners" : pep.QaRating == PepRating.Amber ? "voice,attainment,attendance,owners" : "attendance";
        pep.QaBy = "Virtual School";
        pep.QaAt = assured.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
        if (status == PepStatus.Returned)
        {
            pep.ReturnReason = "Targets need a date and an owner, and the child's views should be in their own words";
            pep.QaRating ??= PepRating.Red;
        }
        else pep.ApprovedAt = pep.QaAt;
        return pep;
    }
}
