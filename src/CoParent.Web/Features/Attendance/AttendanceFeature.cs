using System.Globalization;
using System.Security.Claims;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Education;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attendance;

/// <summary>Daily attendance: the importer, the Virtual School's measures and the JSON routes.</summary>
public static class AttendanceFeature
{
    /// <summary>Who may send marks for many children: the Virtual School, managers, and a designated teacher for their own school.</summary>
    public static readonly string[] ImportRoles = [Roles.VirtualSchoolOfficer, Roles.VirtualSchoolHead, Roles.Manager, Roles.DesignatedTeacher];

    public static IServiceCollection AddAttendanceFeature(this IServiceCollection services) =>
        services.AddScoped<AttendanceImporter>().AddScoped<IOutcomeMeasures, AttendanceOutcomeMeasures>().AddSingleton<AttendanceForAll>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/education/attendance?from=YYYY-MM-DD&amp;to=YYYY-MM-DD : the child's marks and summary (default: academic year so far).</item>
    /// <item>POST /api/attendance/marks : a JSON array of rows {urn, childId or upn, date, am, pm}, same rules as the CSV import.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/children/{childId:int}/education/attendance", GetAsync).WithTags("Attendance")
            .RequireAuthorization(Policies.EducationRecords)
            .WithMetadata(new EducationRecordAttribute())
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        app.MapPost("/api/attendance/marks", PostMarksAsync).WithTags("Attendance")
            .RequireAuthorization(policy => policy.RequireRole(ImportRoles));
        return app;
    }

    public sealed record MarkView(string Date, string Session, string Code, string Meaning);

    public sealed record ChildAttendanceView(
        int ChildId, string From, string To, int PossibleSessions, int Attended, int AuthorisedAbsence, int UnauthorisedAbsence,
        decimal? AttendancePercent, bool PersistentlyAbsent, bool SeverelyAbsent, IReadOnlyList<MarkView> Marks);

    public sealed record MarkRequest(string? Urn, string? ChildId, string? Upn, string? Date, string? Am, string? Pm);

    private static async Task<Results<Ok<ChildAttendanceView>, ValidationProblem, NotFound>> GetAsync(
        int childId, string? from, string? to, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string[]>();
        var start = ParseDate(from, "from", SchoolYear.AcademicYearStart(SchoolYear.AcademicYearStarting(today)), errors);
        var end = ParseDate(to, "to", today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => m.ChildId == childId && m.Date >= start && m.Date <= end)
            .OrderBy(m => m.Date).ThenBy(m => m.Session).Select(m => new { m.Date, m.Session, m.Code }).ToListAsync(ct);
        var summary = AttendanceSummary.From(marks.Select(m => m.Code));
        return TypedResults.Ok(new ChildAttendanceView(childId, Iso(start), Iso(end), summary.PossibleSessions, summary.Attended,
            summary.AuthorisedAbsence, summary.UnauthorisedAbsence, summary.AttendancePercent, summary.IsPersistentlyAbsent, summary.IsSeverelyAbsent,
            [.. marks.Select(m => new MarkView(Iso(m.Date), m.Session == SchoolSession.Morning ? "AM" : "PM", m.Code, AttendanceCodes.Find(m.Code)?.Meaning ?? ""))]));
    }

    private static async Task<Results<Ok<AttendanceImportResult>, ValidationProblem>> PostMarksAsync(
        HttpContext http, ClaimsPrincipal user, AttendanceImporter importer, AuditLog audit, CancellationToken ct)
    {
        var rows = await JsonBody.ReadAsync<List<MarkRequest>>(http.Request, ct);
        if (rows is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the marks as a JSON array of {urn, childId or upn, date, am, pm}"] });
        }
        var result = await importer.ImportAsync(rows.Select((r, i) => new AttendanceRow(i + 1, r.Urn, r.ChildId, r.Upn, r.Date, r.Am, r.Pm)),
            OnlySchool(user), ct);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors.GroupBy(e => $"rows[{e.Row - 1}].{JsonName(e.Field)}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()));
        }
        await audit.RecordAsync("attendance.import", AuditOutcome.Allowed, user.Id(), user.UserName(), null,
            $"POST {http.Request.Path}: {result.Added} added, {result.Changed} changed", ct);
        return TypedResults.Ok(result);
    }

    /// <summary>A designated teacher (and no wider role) sends marks for their own school only.</summary>
    public static int? OnlySchool(ClaimsPrincipal user) =>
        user.IsInRole(Roles.DesignatedTeacher) && !ImportRoles.Where(r => r != Roles.DesignatedTeacher).Any(user.IsInRole)
            ? user.SchoolId() ?? -1
            : null;

    private static string JsonName(string field) => field switch { "URN" => "urn", "UPN" => "upn", "ChildId" => "childId", "AM" => "am", "PM" => "pm", "Date" => "date", _ => field };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string? value, string key, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[key] = [$"{key} must be a real date written as YYYY-MM-DD, like 2026-11-23"];
        return fallback;
    }
}
