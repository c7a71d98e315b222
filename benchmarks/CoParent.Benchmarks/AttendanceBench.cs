using System.Globalization;
using System.Text;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Data.Education;
using CoParent.Web.Features.Attendance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoParent.Benchmarks;

/// <summary>
/// The Virtual School attendance benchmark: a whole school year (2025-26, 190 days, AM and PM) of register marks
/// for N pupils, written once as one CSV in the importer's format (cached under benchmarks/results/), imported
/// through the real <see cref="AttendanceImporter"/> twice (the second import must change nothing), then the
/// year's cohort measures worked out as the Outcomes page and the scorecard do (<see cref="AttendanceOutcomeMeasures"/>).
/// Pupils, schools and enrolments are a minimal EF Core insert (fictional names), not the demo generator:
/// the demo generator writes its own attendance, which would make the first import mostly "changed".
/// </summary>
internal static class AttendanceBench
{
    /// <summary>The importer refuses future dates: "today" is the end of the 2025-26 summer term, so the whole year
    /// is history and the importer's persistent-absence check runs over the whole year (its heaviest case).</summary>
    private static readonly DateTimeOffset Now = new(2026, 7, 24, 10, 0, 0, TimeSpan.Zero);

    private const int AcademicYear = 2025;
    private const int SchoolDays = 190;

    public static async Task<int> RunAsync(string[] args, string results, BenchOptions options)
    {
        var pupils = Option(args, "--pupils") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 60_000;
        var given = Option(args, "--connection");
        var connection = given is null
            ? $"Data Source={Path.Combine(results, $"attendance-{pupils}.db")}"
            : OwnDatabase(given);
        var postgres = DatabaseSetup.ProviderFor(connection) == DatabaseProvider.PostgreSql;

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"CoParent attendance benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {(postgres ? "PostgreSQL" : "SQLite")}");

        var days = SchoolDaysOf(AcademicYear).ToList();
        var csv = Path.Combine(results, $"attendance-{pupils}-{options.Seed}.csv");
        var (schools, costs) = (Math.Max(1, pupils / 120), new List<StepCost>());

        if (!postgres)
        {
            foreach (var f in Directory.GetFiles(results, $"attendance-{pupils}.db*")) File.Delete(f);
        }
        var services = new ServiceCollection().AddCoParentDatabase(connection).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            if (postgres) await db.Database.EnsureDeletedAsync();
            var (ids, setup) = await StepMeter.MeasureAsync($"new database, migrate, insert {pupils:N0} pupils, {schools:N0} schools, enrolments (EF Core)",
                async () =>
                {
                    await DatabaseSetup.MigrateAsync(db);
                    return await InsertPupilsAsync(db, pupils, schools, options.Seed);
                }, ids => $"{ids.Count:N0} pupils");
            costs.Add(setup);

            if (!File.Exists(csv))
            {
                var (marks, write) = await StepMeter.MeasureAsync("write the year's CSV (cached for later runs)",
                    () => WriteCsvAsync(csv, pupils, schools, days, options.Seed), m => $"{m:N0} marks, {new FileInfo(csv).Length / 1024.0 / 1024.0:N0} MB");
                costs.Add(write);
            }
            var ordinal = ids.OrderBy(id => id).ToArray();
            // The CSV names pupils 1..N; this run's database may have given them other ids (PostgreSQL sequences).
            if (ordinal[0] != 1 || ordinal[^1] != pupils) throw new InvalidOperationException("Expected pupils to have ids 1..N in a new database");
        }

        for (var run = 1; run <= 2; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var importer = new AttendanceImporter(db, new FixedClock(Now));
            var (result, cost) = await StepMeter.MeasureAsync(run == 1 ? "import the year (first time)" : "import the same file again",
                async () =>
                {
                    var problems = new List<AttendanceProblem>();
                    using var reader = new StreamReader(csv, Encoding.UTF8, false, 1 << 20);
                    var imported = await importer.ImportAsync(AttendanceImporter.ReadCsv(reader, problems), null, CancellationToken.None);
                    if (problems.Count > 0 || !imported.Succeeded)
                    {
                        throw new InvalidOperationException("Import refused: " + string.Join("; ", problems.Concat(imported.Errors).Take(5)));
                    }
                    return imported;
                },
                r => $"{r.Rows:N0} rows: {r.Added:N0} added, {r.Changed:N0} changed, {r.Unchanged:N0} unchanged, {r.Warnings.Count} warnings, {r.Notified} notifications");
            costs.Add(cost);
        }

        var period = new MeasurePeriod(SchoolYear.AcademicYearStart(AcademicYear), SchoolYear.AcademicYearEnd(AcademicYear));
        for (var run = 1; run <= 2; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            var (_, cost) = await StepMeter.MeasureAsync($"cohort attendance measures for {SchoolYear.AcademicYearLabel(AcademicYear)} ({(run == 1 ? "first" : "second")})",
                () => new AttendanceOutcomeMeasures().CalculateAsync(db, period, CancellationToken.None),
                m => string.Join("; ", m.Select(x => $"{x.Id} {x.Value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"}{(x.Unit == MeasureUnits.Percent ? "%" : "")} ({x.Numerator:N0}/{x.Denominator:N0})")));
            costs.Add(cost);
        }

        report.AppendLine(CultureInfo.InvariantCulture,
            $"{pupils:N0} pupils, {schools:N0} schools, {days.Count} school days ({days[0]:yyyy-MM-dd} to {days[^1]:yyyy-MM-dd}), {(long)pupils * days.Count * 2:N0} marks in one CSV; importer's clock {Now:yyyy-MM-dd}");
        report.AppendLine();
        report.AppendLine(StepCost.Header);
        foreach (var c in costs) report.AppendLine(c.Row());
        Console.WriteLine();
        Console.WriteLine(report);
        var file = Path.Combine(results, $"attendance-{pupils}-{(postgres ? "postgres" : "sqlite")}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine($"Written to {file}");
        if (postgres)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CoParentDbContext>().Database.EnsureDeletedAsync();
        }
        return 0;
    }

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>A database of the benchmark's own on the server given, so a run never touches the named database.</summary>
    private static string OwnDatabase(string connection)
    {
        if (DatabaseSetup.ProviderFor(connection) != DatabaseProvider.PostgreSql) return connection;
        return new NpgsqlConnectionStringBuilder(connection) { Database = "coparent_bench_attendance" }.ConnectionString;
    }

    /// <summary>Weekdays from the first Wednesday of September, skipping a typical English council's holidays.</summary>
    public static IEnumerable<DateOnly> SchoolDaysOf(int year)
    {
        (DateOnly From, DateOnly To)[] holidays =
        [
            (new(year, 10, 27), new(year, 10, 31)), (new(year, 12, 22), new(year + 1, 1, 2)),
            (new(year + 1, 2, 16), new(year + 1, 2, 20)), (new(year + 1, 3, 30), new(year + 1, 4, 10)),
            (new(year + 1, 5, 25), new(year + 1, 5, 29)),
        ];
        var day = new DateOnly(year, 9, 3);
        var count = 0;
        while (count < SchoolDays)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Any(h => day >= h.From && day <= h.To))
            {
                count++;
                yield return day;
            }
            day = day.AddDays(1);
        }
    }

    private static async Task<List<int>> InsertPupilsAsync(CoParentDbContext db, int pupils, int schools, int seed)
    {
        var random = new Random(seed);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var created = Now.UtcDateTime;
        for (var s = 1; s <= schools; s++)
        {
            db.Schools.Add(new School
            {
                Urn = (900000 + s).ToString(CultureInfo.InvariantCulture), Name = $"Benchmark School {s}", EstablishmentType = "Community school",
                Phase = s % 4 == 0 ? SchoolPhase.Secondary : SchoolPhase.Primary, LaCode = "881", LaName = "Essex",
            });
        }
        await db.SaveChangesAsync();
        var schoolIds = await db.Schools.OrderBy(s => s.Urn).Select(s => s.Id).ToListAsync();
        var ids = new List<int>(pupils);
        const int batch = 5000;
        for (var start = 1; start <= pupils; start += batch)
        {
            var children = new List<Child>();
            for (var i = start; i < Math.Min(start + batch, pupils + 1); i++)
            {
                var child = new Child
                {
                    PersonId = $"B{i:D7}", GivenName = "Pupil", FamilyName = $"Bench{i}",
                    // Compulsory school age (5 to 15) throughout 2025-26.
                    DateOfBirth = new DateOnly(2009, 9, 1).AddDays(random.Next(11 * 365)),
                    Sex = i % 2 == 0 ? "1" : "2", CreatedAtUtc = created,
                };
                child.RefreshSearchNames();
                children.Add(child);
            }
            db.Children.AddRange(children);
            await db.SaveChangesAsync();
            db.SchoolEnrolments.AddRange(children.Select((c, n) => new SchoolEnrolment
            {
                ChildId = c.Id, SchoolId = schoolIds[(start + n - 1) % schools], From = new DateOnly(AcademicYear, 9, 1),
            }));
            await db.SaveChangesAsync();
            ids.AddRange(children.Select(c => c.Id));
            db.ChangeTracker.Clear();
        }
        return ids;
    }

    /// <summary>
    /// One row per pupil per day, URN,ChildId,Date,AM,PM. Each pupil has their own absence rate (most low, a tail
    /// high enough to be persistently or severely absent), so the cohort measures have something to find.
    /// </summary>
    private static async Task<long> WriteCsvAsync(string file, int pupils, int schools, IReadOnlyList<DateOnly> days, int seed)
    {
        var random = new Random(seed);
        var rates = new double[pupils + 1];
        for (var i = 1; i <= pupils; i++)
        {
            var band = random.NextDouble();
            rates[i] = band < 0.75 ? random.NextDouble() * 0.08 : band < 0.93 ? 0.1 + random.NextDouble() * 0.15 : 0.5 + random.NextDouble() * 0.3;
        }
        string Mark(int pupil, string present)
        {
            var r = random.NextDouble();
            if (r >= rates[pupil]) return r > 0.995 ? "L" : r > 0.99 ? "B" : present;
            var reason = random.Next(20);
            return reason < 11 ? "I" : reason < 14 ? "M" : reason < 17 ? "O" : reason < 19 ? "N" : "G";
        }
        var temp = file + ".part";
        long marks = 0;
        await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 20))
        {
            await writer.WriteLineAsync("URN,ChildId,Date,AM,PM");
            var line = new StringBuilder();
            foreach (var day in days)
            {
                var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                for (var pupil = 1; pupil <= pupils; pupil++)
                {
                    line.Clear().Append(900000 + ((pupil - 1) % schools) + 1).Append(',').Append(pupil).Append(',').Append(date).Append(',')
                        .Append(Mark(pupil, "/")).Append(',').Append(Mark(pupil, "\\"));
                    await writer.WriteLineAsync(line);
                    marks += 2;
                }
            }
        }
        File.Move(temp, file, overwrite: true);
        return marks;
    }
}

/// <summary>A clock stopped at one moment, in UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
