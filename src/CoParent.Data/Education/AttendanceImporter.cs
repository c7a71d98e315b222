using System.Globalization;
using CoParent.Core.Allocations;
using CoParent.Core.Education;
using CoParent.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NpgsqlTypes;
using Sylvan.Data.Csv;

namespace CoParent.Data.Education;

/// <summary>One row of a daily attendance file, as sent: every field a string so a wrong one is reported as written.</summary>
public sealed record AttendanceRow(int Row, string? Urn, string? ChildId, string? Upn, string? Date, string? Am, string? Pm);

/// <summary>A problem with one row: the row number (1 is the first row after the headers) and the field.</summary>
public sealed record AttendanceProblem(int Row, string Field, string Message)
{
    public override string ToString() => Row > 0 ? $"Row {Row}, {Field}: {Message}" : $"{Field}: {Message}";
}

public sealed record AttendanceImportResult(
    int Rows, int Added, int Changed, int Unchanged, IReadOnlyList<AttendanceProblem> Errors, IReadOnlyList<AttendanceProblem> Warnings,
    int Notified)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports daily register marks (a school's or an attendance provider's CSV, a JSON batch, or one hand entry).
/// Decisions:
/// <list type="bullet">
/// <item>All or nothing: any row error (unknown code, child or school; a date that is not YYYY-MM-DD or is in the
/// future; a school the uploader may not send for) refuses the whole file, naming every row (up to 200).</item>
/// <item>A child not on that school's roll that day is a warning, not an error: the school's register is the record
/// of attendance and the roll in CoParent can lag behind an admission.</item>
/// <item>Idempotent: a mark already held with the same code is left alone; a different code replaces it.</item>
/// <item>Unauthorised-absence notifications only for marks in the last 7 days, so loading a year of history does
/// not fill workers' lists with old news; persistent absence is checked for the academic year so far.</item>
/// </list>
/// Rows are streamed into a temporary table (PostgreSQL binary COPY, a prepared INSERT on SQLite) and merged with
/// set-based SQL, so a file of 23 million marks is never held in memory.
/// </summary>
public sealed class AttendanceImporter(CoParentDbContext db, TimeProvider clock)
{
    public const int MaxErrorsReported = 200;
    public const string UnauthorisedKind = "attendance.unauthorised";
    public const string PersistentKind = "attendance.persistent";

    private sealed record Staged(int ChildId, int? SchoolId, DateOnly Date, int Session, string Code);

    private static readonly BulkColumn<Staged>[] StageColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, s => s.ChildId),
        new("SchoolId", NpgsqlDbType.Integer, s => s.SchoolId),
        new("Date", NpgsqlDbType.Date, s => s.Date),
        new("Session", NpgsqlDbType.Integer, s => s.Session),
        new("Code", NpgsqlDbType.Varchar, s => s.Code),
    ];

    /// <summary>Reads a CSV with headers URN, UPN and/or ChildId, Date, AM, PM (any order, any case).</summary>
    public static IEnumerable<AttendanceRow> ReadCsv(TextReader text, List<AttendanceProblem> headerProblems)
    {
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = 1 << 20 });
        int Column(string name)
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
            }
            return -1;
        }
        int urn = Column("URN"), upn = Column("UPN"), childId = Column("ChildId"), date = Column("Date"), am = Column("AM"), pm = Column("PM");
        if (urn < 0 || date < 0 || am < 0 || pm < 0 || (upn < 0 && childId < 0))
        {
            headerProblems.Add(new AttendanceProblem(0, "Headers", "the first row must name the columns URN, UPN or ChildId, Date, AM and PM"));
            yield break;
        }
        string? Field(int i) => i < 0 || i >= csv.FieldCount ? null : csv.GetString(i);
        var row = 0;
        while (csv.Read())
        {
            row++;
            yield return new AttendanceRow(row, Field(urn), Field(childId), Field(upn), Field(date), Field(am), Field(pm));
        }
    }

    /// <param name="onlySchoolId">For a designated teacher: rows for any other school are refused.</param>
    public async Task<AttendanceImportResult> ImportAsync(IEnumerable<AttendanceRow> rows, int? onlySchoolId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var schools = await db.Schools.AsNoTracking().Select(s => new { s.Id, s.Urn }).ToDictionaryAsync(s => s.Urn.Trim(), s => s.Id, ct);
        var childIds = (await db.Children.AsNoTracking().Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var byUpn = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in await db.Children.AsNoTracking().Where(c => c.Upn != null).Select(c => new { c.Id, c.Upn }).ToListAsync(ct))
        {
            byUpn.TryAdd(c.Upn!.Trim(), c.Id);
        }
        var enrolments = (await db.SchoolEnrolments.AsNoTracking().Select(e => new { e.ChildId, e.SchoolId, e.From, e.To }).ToListAsync(ct))
            .ToLookup(e => e.ChildId);

        var errors = new List<AttendanceProblem>();
        var warnings = new List<AttendanceProblem>();
        var errorCount = 0;
        var rowCount = 0;
        void Error(int row, string field, string message)
        {
            errorCount++;
            if (errors.Count < MaxErrorsReported) errors.Add(new AttendanceProblem(row, field, message));
        }

        IEnumerable<Staged> Validate()
        {
            foreach (var row in rows)
            {
                rowCount++;
                var before = errorCount;
                int? child = null;
                if (!string.IsNullOrWhiteSpace(row.ChildId))
                {
                    if (int.TryParse(row.ChildId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && childIds.Contains(id)) child = id;
                    else Error(row.Row, "ChildId", $"no child in CoParent has the ID {row.ChildId.Trim()}");
                }
                else if (!string.IsNullOrWhiteSpace(row.Upn))
                {
                    if (byUpn.TryGetValue(row.Upn.Trim(), out var id)) child = id;
                    else Error(row.Row, "UPN", $"no child in CoParent has the UPN {row.Upn.Trim()}");
                }
                else Error(row.Row, "UPN", "give the child's UPN or CoParent child ID");

                int? school = null;
                if (string.IsNullOrWhiteSpace(row.Urn)) Error(row.Row, "URN", "give the school's URN");
                else if (schools.TryGetValue(row.Urn.Trim(), out var s)) school = s;
                else Error(row.Row, "URN", $"no school has the URN {row.Urn.Trim()}");
                if (school is not null && onlySchoolId is not null && school != onlySchoolId)
                {
                    Error(row.Row, "URN", $"you can only send marks for your own school, not URN {row.Urn!.Trim()}");
                }

                DateOnly? date = null;
                if (!DateOnly.TryParseExact(row.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Error(row.Row, "Date", "the date must be a real date written as YYYY-MM-DD, like 2026-11-23");
                }
                else if (d > today) Error(row.Row, "Date", $"{d:yyyy-MM-dd} is in the future");
                else date = d;

                string? am = Code(row.Row, "AM", row.Am), pm = Code(row.Row, "PM", row.Pm);
                if (string.IsNullOrWhiteSpace(row.Am) && string.IsNullOrWhiteSpace(row.Pm))
                {
                    warnings.Add(new AttendanceProblem(row.Row, "AM", "no mark for either session, so nothing was recorded"));
                }
                if (errorCount != before || child is null || date is null) continue;

                if (school is not null && !enrolments[child.Value].Any(e => e.SchoolId == school && e.From <= date && (e.To == null || e.To >= date))
                    && warnings.Count < MaxErrorsReported)
                {
                    warnings.Add(new AttendanceProblem(row.Row, "URN", "the child is not on this school's roll in CoParent that day; the mark was recorded"));
                }
                if (am is not null) yield return new Staged(child.Value, school, date.Value, (int)SchoolSession.Morning, am);
                if (pm is not null) yield return new Staged(child.Value, school, date.Value, (int)SchoolSession.Afternoon, pm);
            }
        }

        string? Code(int row, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (AttendanceCodes.Find(value) is { } code) return code.Value;
            Error(row, field, $"\"{value.Trim()}\" is not a register code from the August 2024 set");
            return null;
        }

        var pg = db.Database.IsNpgsql();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(pg
            ? "CREATE TEMP TABLE attendance_stage (\"ChildId\" integer NOT NULL, \"SchoolId\" integer NULL, \"Date\" date NOT NULL, \"Session\" integer NOT NULL, \"Code\" varchar(2) NOT NULL) ON COMMIT DROP"
            : "CREATE TEMP TABLE attendance_stage (\"ChildId\" INTEGER NOT NULL, \"SchoolId\" INTEGER NULL, \"Date\" TEXT NOT NULL, \"Session\" INTEGER NOT NULL, \"Code\" TEXT NOT NULL)", ct);
        try
        {
            await DemoBulk.WriteAsync(db, "attendance_stage", StageColumns, Validate(), ct);
            if (errorCount > 0)
            {
                await transaction.RollbackAsync(ct);
                return new AttendanceImportResult(rowCount, 0, 0, 0, errors, warnings, 0);
            }

            // A row sent twice in one file: the later one wins (a school correcting itself in the same file).
            await db.Database.ExecuteSqlRawAsync(pg
                ? "DELETE FROM attendance_stage a USING attendance_stage b WHERE a.\"ChildId\" = b.\"ChildId\" AND a.\"Date\" = b.\"Date\" AND a.\"Session\" = b.\"Session\" AND a.ctid < b.ctid"
                : "DELETE FROM attendance_stage WHERE rowid NOT IN (SELECT MAX(rowid) FROM attendance_stage GROUP BY \"ChildId\", \"Date\", \"Session\")", ct);
            await db.Database.ExecuteSqlRawAsync("CREATE INDEX attendance_stage_key ON attendance_stage (\"ChildId\", \"Date\", \"Session\")", ct);

            const string match = "m.\"ChildId\" = s.\"ChildId\" AND m.\"Date\" = s.\"Date\" AND m.\"Session\" = s.\"Session\"";
            var staged = await Scalar($"SELECT COUNT(*) FROM attendance_stage", ct);
            var added = await Scalar($"SELECT COUNT(*) FROM attendance_stage s WHERE NOT EXISTS (SELECT 1 FROM \"AttendanceMarks\" m WHERE {match})", ct);
            var changed = await Scalar($"SELECT COUNT(*) FROM attendance_stage s JOIN \"AttendanceMarks\" m ON {match} WHERE m.\"Code\" <> s.\"Code\"", ct);

            var notified = await NotifyUnauthorisedAsync(today, match, ct);

            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AttendanceMarks\" (\"ChildId\", \"SchoolId\", \"Date\", \"Session\", \"Code\") " +
                "SELECT \"ChildId\", \"SchoolId\", \"Date\", \"Session\", \"Code\" FROM attendance_stage WHERE true " +
                "ON CONFLICT (\"ChildId\", \"Date\", \"Session\") DO UPDATE SET \"Code\" = excluded.\"Code\", \"SchoolId\" = excluded.\"SchoolId\" " +
                "WHERE \"AttendanceMarks\".\"Code\" <> excluded.\"Code\"", ct);

            if (added + changed > 0) notified += await NotifyPersistentAsync(today, ct);
            if (!pg) await db.Database.ExecuteSqlRawAsync("DROP TABLE attendance_stage", ct);
            await transaction.CommitAsync(ct);
            return new AttendanceImportResult(rowCount, (int)added, (int)changed, (int)(staged - added - changed), errors, warnings, notified);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<long> Scalar(string sql, CancellationToken ct)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command)
        {
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
    }

    private static string CodesIn(AttendanceCategory category) =>
        string.Join(", ", AttendanceCodes.All.Where(c => c.Category == category).Select(c => $"'{c.Value}'"));

    private static string Text(string expression) => $"CAST({expression} AS TEXT)";

    /// <summary>Once per child per day: the link carries the date, so a second import of the same day finds it.</summary>
    private async Task<int> NotifyUnauthorisedAsync(DateOnly today, string match, CancellationToken ct)
    {
        var unauthorised = CodesIn(AttendanceCategory.UnauthorisedAbsence);
        var link = $"'/children/' || {Text("s.\"ChildId\"")} || '/education/attendance?date=' || {Text("s.\"Date\"")}";
        var sql =
            "INSERT INTO \"Notifications\" (\"UserId\", \"ChildId\", \"Kind\", \"Message\", \"Link\", \"CreatedAt\") " +
            $"SELECT DISTINCT a.\"UserId\", s.\"ChildId\", '{UnauthorisedKind}', 'Unauthorised absence from school on ' || {Text("s.\"Date\"")}, {link}, {{0}} " +
            $"FROM attendance_stage s JOIN \"Allocations\" a ON a.\"ChildId\" = s.\"ChildId\" " +
            $"AND a.\"Role\" IN ({(int)AllocationRole.SocialWorker}, {(int)AllocationRole.VirtualSchoolOfficer}) AND a.\"From\" <= {{1}} AND (a.\"To\" IS NULL OR a.\"To\" >= {{1}}) " +
            $"WHERE s.\"Code\" IN ({unauthorised}) AND s.\"Date\" >= {{2}} " +
            $"AND NOT EXISTS (SELECT 1 FROM \"AttendanceMarks\" m WHERE {match} AND m.\"Code\" IN ({unauthorised})) " +
            $"AND NOT EXISTS (SELECT 1 FROM \"Notifications\" n WHERE n.\"ChildId\" = s.\"ChildId\" AND n.\"Kind\" = '{UnauthorisedKind}' AND n.\"UserId\" = a.\"UserId\" AND n.\"Link\" = {link})";
#pragma warning disable EF1002 // the SQL is built from our own constants; the values are parameters
        return await db.Database.ExecuteSqlRawAsync(sql, [clock.GetUtcNow(), today, today.AddDays(-7)], ct);
#pragma warning restore EF1002
    }

    /// <summary>Children in this import who are now persistently absent for the academic year so far, told once per year.</summary>
    private async Task<int> NotifyPersistentAsync(DateOnly today, CancellationToken ct)
    {
        var yearStart = SchoolYear.AcademicYearStart(SchoolYear.AcademicYearStarting(today));
        var touched = new HashSet<int>();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = "SELECT DISTINCT \"ChildId\" FROM attendance_stage";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) touched.Add(reader.GetInt32(0));
        }
        var counts = (await AttendanceQueries.SessionCounts(db, yearStart, today, touched.Count <= 5000 ? touched : null).ToListAsync(ct))
            .Where(c => touched.Contains(c.ChildId));
        var persistent = counts.GroupBy(c => c.ChildId)
            .Select(g => (ChildId: g.Key, Summary: AttendanceQueries.Summarise(g)))
            .Where(x => x.Summary.IsPersistentlyAbsent).Select(x => x.ChildId).ToList();
        if (persistent.Count == 0) return 0;
        var link = $"?year={SchoolYear.AcademicYearStarting(today)}";
        var already = (await db.Notifications.Where(n => n.Kind == PersistentKind && n.ChildId != null && persistent.Contains(n.ChildId.Value) && n.Link!.EndsWith(link))
            .Select(n => n.ChildId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var childId in persistent.Where(id => !already.Contains(id)))
        {
            count += await Notifications.ChildWorkers.NotifyAsync(db, childId, PersistentKind,
                $"Persistently absent in {SchoolYear.AcademicYearLabel(SchoolYear.AcademicYearStarting(today))}: missed 10% or more of sessions so far",
                $"/children/{childId}/education/attendance{link}", now, ct);
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
