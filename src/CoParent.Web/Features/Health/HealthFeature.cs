using System.Globalization;
using System.Text.Json;
using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Core.Health;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Health;

/// <summary>The health feature's services and JSON routes.</summary>
public static class HealthFeature
{
    public static IServiceCollection AddHealthFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, HealthOutcomeMeasures>().AddSingleton<HealthDueForAll>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/health : what is due and every health record.</item>
    /// <item>POST /api/children/{childId}/health/{record} : record an assessment, dental check, immunisation check, SDQ or passport.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/api/children/{childId:int}/health").RequireAuthorization(Policies.ChildRecords).WithTags("Health")
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        health.MapGet("", GetAsync);
        health.MapPost("/{record}", PostAsync);
        return app;
    }

    /// <summary>
    /// A record to add. Date as YYYY-MM-DD; kind Initial or Review (assessments); upToDate (immunisations); score 0 to
    /// 40 and completedBy Carer, Teacher or YoungPerson (SDQ); contents from HealthHistory, ImmunisationRecord,
    /// GpAndDentist, NhsNumber, MentalHealthContacts and otherContents (passports).
    /// </summary>
    public sealed record HealthRecordRequest(
        string? Date, string? Kind = null, string? HeldBy = null, bool? UpToDate = null, int? Score = null,
        string? CompletedBy = null, IReadOnlyList<string>? Contents = null, string? OtherContents = null);

    private static async Task<Results<Ok<HealthSection.View>, NotFound>> GetAsync(
        int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var view = await HealthSection.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<HealthSection.View>, ValidationProblem, NotFound>> PostAsync(
        int childId, string record, ClaimsPrincipal user, HttpContext http,
        CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!HealthRecordTypes.All.Contains(record)) return TypedResults.NotFound();
        // The body is read here, after the record filter, so someone without access is refused (and audited) before
        // anything about the body is answered. JSON only: a browser cannot send it from another site without asking first.
        var request = await JsonBody.ReadAsync<HealthRecordRequest>(http.Request, ct);
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the record as a JSON object"] });
        }
        var dob = await db.Children.Where(c => c.Id == childId).Select(c => (DateOnly?)c.DateOfBirth).SingleOrDefaultAsync(ct);
        if (dob is null) return TypedResults.NotFound();

        var errors = new Dictionary<string, string>();
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(request.Date))
        {
            if (DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) date = parsed;
            else errors[nameof(HealthEntry.Date)] = "date must be a real date written as YYYY-MM-DD, like 2026-11-23";
        }
        var kind = Parse<HealthAssessmentKind>(request.Kind, nameof(HealthEntry.Kind), "kind must be Initial or Review", errors);
        var completedBy = Parse<SdqInformant>(request.CompletedBy, nameof(HealthEntry.CompletedBy), "completedBy must be Carer, Teacher or YoungPerson", errors);
        var contents = HealthPassportContents.None;
        foreach (var item in request.Contents ?? [])
        {
            if (Enum.TryParse<HealthPassportContents>(item, ignoreCase: true, out var flag) && flag != HealthPassportContents.None && Enum.IsDefined(flag)) contents |= flag;
            else errors[nameof(HealthEntry.Contents)] = "contents must list items from HealthHistory, ImmunisationRecord, GpAndDentist, NhsNumber, MentalHealthContacts";
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var entry = new HealthEntry(record, date, kind, request.HeldBy, request.UpToDate, request.Score, completedBy, contents, request.OtherContents);
        foreach (var (key, message) in entry.Validate(today, dob.Value, dateAlreadyReported: errors.ContainsKey(nameof(HealthEntry.Date))))
        {
            errors.TryAdd(key, message);
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }));
        }

        await HealthData.SaveAsync(db, childId, entry.ToRecord(childId, clock.GetUtcNow().UtcDateTime), date!.Value, ct);
        await audit.RecordAsync($"health.{record}.add", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        var view = await HealthSection.LoadAsync(db, childId, today, ct);
        return TypedResults.Created($"/api/children/{childId}/health", view);
    }

    private static T? Parse<T>(string? value, string key, string message, Dictionary<string, string> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        errors[key] = message;
        return null;
    }
}
