using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Core.Identity;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>Identity and belonging (Outcome 3, Pledge promise 1): services and JSON routes.</summary>
public static class IdentityFeature
{
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, IdentityOutcomeMeasures>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/identity : the child's ethnicity, religion, carers' household, life story work, letters and life plan.</item>
    /// <item>POST /api/children/{childId}/identity/life-story : records or updates the child's life story work.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        var identity = app.MapGroup("/api/children/{childId:int}/identity").RequireAuthorization(Policies.ChildRecords).WithTags("Identity")
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        identity.MapGet("", GetAsync);
        identity.MapPost("/life-story", PostLifeStoryAsync);
        return app;
    }

    /// <summary>Life story work as the API takes it; <see cref="Feeling"/> is happy, ok, not-happy or did-not-say.</summary>
    public sealed record LifeStoryRequest(DateOnly? Started, DateOnly? Completed, DateOnly? LastReviewed, string? Feeling, string? InTheirWords);

    private static async Task<Results<Ok<IdentityRecord.View>, NotFound>> GetAsync(int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var view = await IdentityRecord.LoadAsync(db, childId, Today(clock), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<IdentityRecord.LifeStory>, ValidationProblem, NotFound>> PostLifeStoryAsync(
        int childId, ClaimsPrincipal user, HttpContext http, CoParentDbContext db, AuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        // The body is read here, after the record filter, so a refused caller learns nothing from a binding error. JSON
        // only: a browser cannot send it from another site without asking first, so no antiforgery token is needed.
        var request = await JsonBody.ReadAsync<LifeStoryRequest>(http.Request, ct);
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the life story work as JSON (Content-Type: application/json)"] });
        var dob = await db.Children.Where(c => c.Id == childId).Select(c => (DateOnly?)c.DateOfBirth).SingleOrDefaultAsync(ct);
        if (dob is null) return TypedResults.NotFound();
        var errors = new Dictionary<string, string[]>();
        if (request.Started is null) errors["started"] = ["Enter the date the life story work started"];
        LifeStoryFeeling? feeling = null;
        if (!string.IsNullOrWhiteSpace(request.Feeling))
        {
            feeling = ParseFeeling(request.Feeling);
            if (feeling is null) errors["feeling"] = ["feeling must be one of happy, ok, not-happy or did-not-say"];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var work = await db.LifeStoryWork.SingleOrDefaultAsync(w => w.ChildId == childId, ct) ?? db.LifeStoryWork.Add(new LifeStoryWork { ChildId = childId }).Entity;
        work.Started = request.Started!.Value;
        work.Completed = request.Completed;
        work.LastReviewed = request.LastReviewed;
        work.Feeling = feeling;
        work.InTheirWords = string.IsNullOrWhiteSpace(request.InTheirWords) ? null : request.InTheirWords.Trim();
        var today = Today(clock);
        var broken = LifeStoryRules.Check(work, dob.Value, today);
        if (broken.Count > 0)
            return TypedResults.ValidationProblem(broken.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("identity.life-story", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Ok(IdentityRecord.Describe(work, today));
    }

    public static LifeStoryFeeling? ParseFeeling(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "happy" => LifeStoryFeeling.Happy,
        "ok" => LifeStoryFeeling.Ok,
        "not-happy" => LifeStoryFeeling.NotHappy,
        "did-not-say" => LifeStoryFeeling.DidNotWantToSay,
        _ => null,
    };

    public static string FeelingCode(LifeStoryFeeling feeling) => feeling switch
    {
        LifeStoryFeeling.Happy => "happy",
        LifeStoryFeeling.Ok => "ok",
        LifeStoryFeeling.NotHappy => "not-happy",
        _ => "did-not-say",
    };

    private static string JsonName(string field) => char.ToLowerInvariant(field[0]) + field[1..];

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
