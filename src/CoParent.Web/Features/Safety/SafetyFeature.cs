using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

/// <summary>The safety feature's services and JSON routes.</summary>
public static class SafetyFeature
{
    public static IServiceCollection AddSafetyFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, SafetyOutcomeMeasures>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/safety : missing episodes (newest first) with return conversation status, and exploitation risk.</item>
    /// <item>POST /api/children/{childId}/safety/missing : the child has gone missing { start, startTime, kind, reportedToPolice }.</item>
    /// <item>POST /api/children/{childId}/safety/missing/{episodeId}/return : the child came back { end, endTime, whereFound }.</item>
    /// <item>POST /api/children/{childId}/safety/missing/{episodeId}/conversation : { offeredOn, offeredTime, outcome (held, declined, not-yet), heldOn, heldTime, heldBy, findings, exploitationConcern }.</item>
    /// </list>
    /// Dates are YYYY-MM-DD and times HH:mm (UK clock time).
    /// </summary>
    public static IEndpointRouteBuilder MapSafetyApi(this IEndpointRouteBuilder app)
    {
        var safety = app.MapGroup("/api/children/{childId:int}/safety").RequireAuthorization(Policies.ChildRecords).WithTags("Safety")
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        safety.MapGet("", GetAsync);
        safety.MapPost("/missing", StartAsync);
        safety.MapPost("/missing/{episodeId:int}/return", ReturnAsync);
        safety.MapPost("/missing/{episodeId:int}/conversation", ConversationAsync);
        safety.MapPost("/exploitation", AssessAsync);
        return app;
    }

    public sealed record MissingRequest(string? Start, string? StartTime, string? Kind, bool? ReportedToPolice);
    public sealed record ReturnRequest(string? End, string? EndTime, string? WhereFound);
    public sealed record AssessmentRequest(string? AssessedOn, string? Type, string? Level, string? AssessedBy);
    public sealed record ConversationRequest(
        string? OfferedOn, string? OfferedTime, string? Outcome, string? HeldOn, string? HeldTime, string? HeldBy, string? Findings, bool? ExploitationConcern);

    private static async Task<Results<Ok<SafetyRecord.View>, NotFound>> GetAsync(int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var view = await SafetyRecord.LoadAsync(db, childId, SafetyEdits.UkNow(clock), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<SafetyRecord.Episode>, ValidationProblem, NotFound>> StartAsync(
        int childId, HttpContext http, ClaimsPrincipal user, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (body, errors) = await ReadAsync<MissingRequest>(http, ct);
        if (body is null) return TypedResults.ValidationProblem(Problems(errors));
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();
        var start = ParseDate(body.Start, errors, "start", "the date the child went missing", required: true);
        var time = SafetyEdits.ParseTime(body.StartTime, errors, "startTime", "the time the child went missing", required: false);
        var existing = await db.MissingEpisodes.AsNoTracking().Where(m => m.ChildId == childId).ToListAsync(ct);
        var now = SafetyEdits.UkNow(clock);
        var episode = SafetyEdits.Start(childId, existing, start, time, body.Kind?.Trim().ToUpperInvariant(), body.ReportedToPolice, now, errors, Camel);
        if (episode is null) return TypedResults.ValidationProblem(Problems(errors));
        db.MissingEpisodes.Add(episode);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.missing.start", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Created($"/api/children/{childId}/safety", SafetyRecord.ToRow(episode, now));
    }

    private static async Task<Results<Ok<SafetyRecord.Episode>, ValidationProblem, NotFound>> ReturnAsync(
        int childId, int episodeId, HttpContext http, ClaimsPrincipal user, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (body, errors) = await ReadAsync<ReturnRequest>(http, ct);
        if (body is null) return TypedResults.ValidationProblem(Problems(errors));
        var episodes = await db.MissingEpisodes.Where(m => m.ChildId == childId).ToListAsync(ct);
        if (episodes.SingleOrDefault(m => m.Id == episodeId) is not { } episode) return TypedResults.NotFound();
        var end = ParseDate(body.End, errors, "end", "the date the child came back", required: true);
        var time = SafetyEdits.ParseTime(body.EndTime, errors, "endTime", "the time the child came back", required: false);
        var now = SafetyEdits.UkNow(clock);
        if (!SafetyEdits.Return(episode, episodes, end, time, body.WhereFound, now, errors, Camel)) return TypedResults.ValidationProblem(Problems(errors));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.missing.return", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Ok(SafetyRecord.ToRow(episode, now));
    }

    private static async Task<Results<Ok<SafetyRecord.Episode>, ValidationProblem, NotFound>> ConversationAsync(
        int childId, int episodeId, HttpContext http, ClaimsPrincipal user, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (body, errors) = await ReadAsync<ConversationRequest>(http, ct);
        if (body is null) return TypedResults.ValidationProblem(Problems(errors));
        var episode = await db.MissingEpisodes.SingleOrDefaultAsync(m => m.Id == episodeId && m.ChildId == childId, ct);
        if (episode is null) return TypedResults.NotFound();
        var outcome = body.Outcome?.Trim().ToLowerInvariant();
        var offeredOn = ParseDate(body.OfferedOn, errors, "offeredOn", "the date the conversation was offered", required: true);
        var offeredTime = SafetyEdits.ParseTime(body.OfferedTime, errors, "offeredTime", "the time the conversation was offered", required: true);
        DateOnly? heldOn = null;
        TimeOnly? heldTime = null;
        if (outcome == SafetyEdits.Held)
        {
            heldOn = ParseDate(body.HeldOn, errors, "heldOn", "the date the conversation was held", required: true);
            heldTime = SafetyEdits.ParseTime(body.HeldTime, errors, "heldTime", "the time the conversation was held", required: true);
        }
        var now = SafetyEdits.UkNow(clock);
        if (!SafetyEdits.Conversation(episode, offeredOn, offeredTime, outcome, heldOn, heldTime, body.HeldBy, body.Findings, body.ExploitationConcern, now, errors, Camel))
        {
            return TypedResults.ValidationProblem(Problems(errors));
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.missing.conversation", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Ok(SafetyRecord.ToRow(episode, now));
    }

    private static async Task<Results<Created<SafetyRecord.Assessment>, ValidationProblem, NotFound>> AssessAsync(
        int childId, HttpContext http, ClaimsPrincipal user, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (body, errors) = await ReadAsync<AssessmentRequest>(http, ct);
        if (body is null) return TypedResults.ValidationProblem(Problems(errors));
        var child = await db.Children.Where(c => c.Id == childId).Select(c => new { c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return TypedResults.NotFound();
        var on = ParseDate(body.AssessedOn, errors, "assessedOn", "the date of the assessment", required: true);
        var assessment = SafetyEdits.Assessment(childId, child.DateOfBirth, on, body.Type, body.Level, body.AssessedBy,
            SafetyEdits.UkNow(clock), clock.GetUtcNow().UtcDateTime, errors, Camel);
        if (assessment is null || !errors.IsValid) return TypedResults.ValidationProblem(Problems(errors));
        db.ExploitationRiskAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.exploitation.assess", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Created($"/api/children/{childId}/safety",
            new SafetyRecord.Assessment(assessment.Id, assessment.AssessedOn, assessment.Type, assessment.Level, assessment.AssessedBy));
    }

    /// <summary>The body is read here, after the access filter, so a refused caller learns nothing from how their body was judged.</summary>
    private static async Task<(T? Body, ModelStateDictionary Errors)> ReadAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        var errors = new ModelStateDictionary();
        if (await JsonBody.ReadAsync<T>(http.Request, ct) is { } body) return (body, errors);
        errors.AddModelError("body", "Send the details as a JSON object with Content-Type: application/json");
        return (null, errors);
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

    private static string Camel(string field) => char.ToLowerInvariant(field[0]) + field[1..];

    private static Dictionary<string, string[]> Problems(ModelStateDictionary errors) =>
        errors.Where(e => e.Value is { Errors.Count: > 0 }).ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray());
}
