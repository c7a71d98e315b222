using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.Exclusions;

/// <summary>The exclusions feature's services and JSON routes.</summary>
public static class ExclusionsFeature
{
    public static IServiceCollection AddExclusionsFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, ExclusionOutcomeMeasures>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/education/exclusions : exclusions (newest first), part-time timetables and times missing education.</item>
    /// <item>POST /api/children/{childId}/education/exclusions : { kind (suspension, permanent), startDate, days (school days, halves allowed; suspensions only),
    /// reason (DfE code, e.g. PD), alternativeProvisionFrom, decision (upheld, withdrawn, overturned; default upheld) }.</item>
    /// </list>
    /// Dates are YYYY-MM-DD.
    /// </summary>
    public static IEndpointRouteBuilder MapExclusionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/children/{childId:int}/education/exclusions").RequireAuthorization(Policies.EducationRecords)
            .WithTags("Exclusions").WithMetadata(new EducationRecordAttribute()).AddEndpointFilter<ChildRecordEndpointFilter>();
        group.MapGet("", GetAsync);
        group.MapPost("", PostAsync);
        return app;
    }

    public sealed record ExclusionRequest(string? Kind, string? StartDate, string? Days, string? Reason, string? AlternativeProvisionFrom, string? Decision);

    private static async Task<Results<Ok<ExclusionRecord.View>, NotFound>> GetAsync(int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct) =>
        await ExclusionRecord.LoadAsync(db, childId, ExclusionRecord.Today(clock), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<ExclusionRecord.ExclusionRow>, ValidationProblem, NotFound>> PostAsync(
        int childId, HttpContext http, ClaimsPrincipal user, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ModelStateDictionary();
        if (await JsonBody.ReadAsync<ExclusionRequest>(http.Request, ct) is not { } body)
        {
            errors.AddModelError("body", "Send the details as a JSON object with Content-Type: application/json");
            return TypedResults.ValidationProblem(Problems(errors));
        }
        if (await db.ChildNameAsync(childId, ct) is null) return TypedResults.NotFound();
        var start = ParseDate(body.StartDate, errors, "startDate", "the date the exclusion starts", required: true);
        var ap = ParseDate(body.AlternativeProvisionFrom, errors, "alternativeProvisionFrom", "the date alternative provision was arranged from", required: false);
        var exclusion = ExclusionRecord.Build(childId, body.Kind, start, body.Days, body.Reason, ap, body.Decision, errors,
            f => char.ToLowerInvariant(f[0]) + f[1..]);
        if (exclusion is null) return TypedResults.ValidationProblem(Problems(errors));
        await ExclusionRecord.SaveAsync(db, exclusion, user.UserName(), clock.GetUtcNow(), ct);
        await audit.RecordAsync("education.exclusion.record", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Created($"/api/children/{childId}/education/exclusions", ExclusionRecord.ToRow(exclusion, null));
    }

    private static DateOnly? ParseDate(string? text, ModelStateDictionary errors, string key, string what, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.AddModelError(key, $"Enter {what}");
            return null;
        }
        if (AsAtDate.TryParseIso(text, out var date)) return date;
        errors.AddModelError(key, $"{key} must be a real date written as YYYY-MM-DD, like 2026-11-23");
        return null;
    }

    private static Dictionary<string, string[]> Problems(ModelStateDictionary errors) =>
        errors.Where(e => e.Value is { Errors.Count: > 0 }).ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray());
}
