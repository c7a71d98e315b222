using System.Globalization;
using CoParent.Core.Calendar;
using CoParent.Core.Children;
using CoParent.Core.Health;
using CoParent.Core.Measures;
using CoParent.Data.Ssda903.Storing;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// The demo council's health records for last collection year and this year so far. In a year where a child has an OC2
/// row, the records agree with it (HEALTH_ASSESSMENT 1: an assessment held in the year, 0: none; IMMUNISATIONS: the
/// latest check in the year; TEETH_CHECK: a dentist's check or none; SDQ_SCORE: the carer's questionnaire with that
/// score), so the rows read as if they were worked out from the records. Elsewhere the statutory timetable is followed
/// about 9 times in 10: an initial assessment within 20 working days of care starting, reviews six-monthly under 5 and
/// yearly from 5. Most care leavers who left care at 18 or later were given a health passport.
/// </summary>
internal static class DemoHealth
{
    private sealed record Oc2(string? HealthAssessment, string? Immunisations, string? TeethCheck, string? SdqScore);

    private sealed class Records
    {
        public List<HealthAssessment> Assessments { get; } = [];
        public List<DentalCheck> Dental { get; } = [];
        public List<ImmunisationCheck> Immunisations { get; } = [];
        public List<SdqAssessment> Sdqs { get; } = [];
        public List<HealthPassport> Passports { get; } = [];
    }

    private static readonly string[] Clinicians =
    [
        "Dr Amara Osei (LAC health team)", "Dr Tom Baines (LAC health team)", "Nurse Kate Lowe (LAC health team)",
        "Dr Farah Iqbal (community paediatrics)", "Nurse Ben Achterberg (LAC health team)", "Dr Sian Hughes (GP)",
    ];

    public static async Task SaveAsync(CoParentDbContext db, List<Child> people, DateOnly asAt, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var oc2 = (await db.AnnualHealthOutcomes.AsNoTracking()
                .Select(o => new { o.ChildId, o.CollectionYear, o.HealthAssessment, o.Immunisations, o.TeethCheck, o.SdqScore }).ToListAsync(ct))
            .ToDictionary(o => (o.ChildId, o.CollectionYear), o => new Oc2(o.HealthAssessment, o.Immunisations, o.TeethCheck, o.SdqScore));
        var created = new DateTime(asAt.Year, asAt.Month, asAt.Day, 9, 0, 0, DateTimeKind.Utc);
        var records = new Records();
        foreach (var child in people)
        {
            if (child.Episodes.Count == 0) continue;
            var random = new Random(unchecked((seed * 40_503) + child.Id));
            AddChild(child, asAt, oc2, random, records);
        }
        foreach (var r in records.Assessments) r.RecordedAtUtc = created;
        foreach (var r in records.Dental) r.RecordedAtUtc = created;
        foreach (var r in records.Immunisations) r.RecordedAtUtc = created;
        foreach (var r in records.Sdqs) r.RecordedAtUtc = created;
        foreach (var r in records.Passports) r.RecordedAtUtc = created;

        await WriteAsync(db, records.Assessments, ct);
        await WriteAsync(db, records.Dental, ct);
        await WriteAsync(db, records.Immunisations, ct);
        await WriteAsync(db, records.Sdqs, ct);
        await WriteAsync(db, records.Passports, ct);
        progress?.Report($"Saved {records.Assessments.Count:N0} health assessments, {records.Dental.Count:N0} dental checks, " +
            $"{records.Immunisations.Count:N0} immunisation checks, {records.Sdqs.Count:N0} SDQs and {records.Passports.Count:N0} health passports");
    }

    private static Task WriteAsync<T>(CoParentDbContext db, List<T> rows, CancellationToken ct) where T : class =>
        rows.Count == 0 ? Task.CompletedTask : DemoBulk.WriteAsync(db, BulkColumns.TableName<T>(db.Model), BulkColumns.For<T>(db.Model), rows, ct);

    private static void AddChild(Child child, DateOnly asAt, Dictionary<(int, int), Oc2> oc2, Random random, Records records)
    {
        var id = child.Id;
        var dob = child.DateOfBirth;
        var current = Oc2Health.CollectionYearOf(asAt);
        var years = new[] { MeasurePeriod.YearToMarch(current - 1), MeasurePeriod.YearToMarch(current) };
        var windowStart = years[0].From;
        Oc2? RowFor(DateOnly date) => oc2.GetValueOrDefault((id, Oc2Health.CollectionYearOf(date)));

        var episodes = child.Episodes.OrderBy(e => e.Decom).ToList();
        var periods = new List<(DateOnly Start, DateOnly? End)>();
        foreach (var e in episodes)
        {
            if (e.Rne == "S" || periods.Count == 0) periods.Add((e.Decom, e.Dec));
            else periods[^1] = (periods[^1].Start, e.Dec);
        }

        foreach (var (start, end) in periods)
        {
            var until = end is { } e && e < asAt ? e : asAt;
            if (until < windowStart) continue;

            // Before the two years: the history a long-standing child's record would show, so nothing looks missed.
            var initial = WorkingDays.Add(start, random.NextDouble() < 0.9 ? random.Next(5, 21) : random.Next(21, 45));
            var lastAssessment = (DateOnly?)null;
            if (initial <= until && RowFor(initial) is null)
            {
                records.Assessments.Add(Assessment(id, HealthAssessmentKind.Initial, initial, random));
                records.Immunisations.Add(new ImmunisationCheck { ChildId = id, CheckedOn = initial, UpToDate = random.NextDouble() < 0.85 });
                lastAssessment = initial;
            }
            if (start < windowStart)
            {
                var before = windowStart.AddDays(-random.Next(20, 300));
                if (before > initial && before > start)
                {
                    records.Assessments.Add(Assessment(id, HealthAssessmentKind.Review, before, random));
                    if (random.NextDouble() < 0.85) records.Dental.Add(new DentalCheck { ChildId = id, CheckedOn = before.AddDays(random.Next(0, 20)) });
                    lastAssessment = before;
                }
            }

            // Reviews on the timetable, in years without an OC2 row (those years follow the row instead).
            for (var held = lastAssessment; held is { } h;)
            {
                var next = HealthTimetable.NextReview(dob, h).AddDays(random.NextDouble() < 0.9 ? -random.Next(0, 30) : random.Next(10, 60));
                if (next > until) break;
                if (next >= windowStart && RowFor(next) is null) records.Assessments.Add(Assessment(id, HealthAssessmentKind.Review, next, random));
                held = next;
            }

            foreach (var year in years)
            {
                var from = year.From > start ? year.From : start;
                var to = year.To < until ? year.To : until;
                if (from > to) continue;
                if (oc2.GetValueOrDefault((id, Oc2Health.CollectionYearOf(year.To))) is not { } row)
                {
                    if (random.NextDouble() < 0.75) records.Dental.Add(new DentalCheck { ChildId = id, CheckedOn = Between(random, from, to) });
                    continue;
                }
                AgreeWithOc2(id, dob, row, from, to, year, random, records);
            }
        }

        // A health passport for most young people who left care at 18 or later.
        var last = episodes[^1];
        if (last.Dec is { } left && left <= asAt && left >= Age.Birthday(dob, dob.Year + 18) && random.NextDouble() < 0.8)
        {
            var given = left.AddDays(-random.Next(0, 60));
            var contents = HealthPassportContents.HealthHistory | HealthPassportContents.ImmunisationRecord | HealthPassportContents.GpAndDentist;
            if (random.NextDouble() < 0.9) contents |= HealthPassportContents.NhsNumber;
            if (random.NextDouble() < 0.6) contents |= HealthPassportContents.MentalHealthContacts;
            records.Passports.Add(new HealthPassport
            {
                ChildId = id, GivenOn = given, Contents = contents,
                OtherContents = random.NextDouble() < 0.2 ? "Copy of their red book" : null,
            });
        }
    }

    private static void AgreeWithOc2(int id, DateOnly dob, Oc2 row, DateOnly from, DateOnly to, MeasurePeriod year, Random random, Records records)
    {
        if (row.HealthAssessment == "1")
        {
            var first = Between(random, from, Age.On(dob, year.To) < 5 && from.AddMonths(5) < to ? from.AddMonths(5) : to);
            records.Assessments.Add(Assessment(id, HealthAssessmentKind.Review, first, random));
            var second = first.AddMonths(6).AddDays(-random.Next(0, 20));
            if (Age.On(dob, first) < 5 && second <= to) records.Assessments.Add(Assessment(id, HealthAssessmentKind.Review, second, random));
        }
        if (row.Immunisations == "1") records.Immunisations.Add(new ImmunisationCheck { ChildId = id, CheckedOn = Between(random, from, to), UpToDate = true });
        else if (row.Immunisations == "0" && random.NextDouble() < 0.7)
            records.Immunisations.Add(new ImmunisationCheck { ChildId = id, CheckedOn = Between(random, from, to), UpToDate = false });
        if (row.TeethCheck == "1") records.Dental.Add(new DentalCheck { ChildId = id, CheckedOn = Between(random, from, to) });
        if (int.TryParse(row.SdqScore, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 40)
        {
            var completed = Between(random, from, to);
            records.Sdqs.Add(new SdqAssessment { ChildId = id, CompletedOn = completed, TotalScore = score, CompletedBy = SdqInformant.Carer });
            if (random.NextDouble() < 0.15)
            {
                records.Sdqs.Add(new SdqAssessment
                {
                    ChildId = id, CompletedOn = Between(random, from, to), CompletedBy = SdqInformant.Teacher,
                    TotalScore = Math.Clamp(score + random.Next(-5, 6), 0, 40),
                });
            }
        }
    }

    private static HealthAssessment Assessment(int childId, HealthAssessmentKind kind, DateOnly held, Random random) =>
        new() { ChildId = childId, Kind = kind, HeldOn = held, HeldBy = Clinicians[random.Next(Clinicians.Length)] };

    private static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));
}
